// Live subscriptions grouped for fan-out: subscribers that would receive identical payloads (same
// field, document, variables, filter, and auth as field auth sees it) share a group, so each event is
// filtered, projected and serialized once per group; delivery and invalidation run on the fan-out queue.
import { Kind, type GraphQLSchema } from 'graphql';
import type { FanOutQueue } from '../realtime/fanout-queue';
import type { SerializedPayload } from '../realtime/protocol';
import { matchesFilter, type SubscriptionFilter } from './subscription-filters';

/** What every member of a group shares. */
export interface GroupSpec {
  /** Argument filter or enhanced filter on the published (field-name keyed) mutation result. */
  matches(data: unknown): boolean;
  render(data: unknown): SerializedPayload;
}

/** One live subscription. */
export interface GroupMember {
  deliver(payload: SerializedPayload): void;
  /** Ends the subscription from the server side. */
  invalidate(): void;
  /** From setSubscriptionInvalidationFilter; without one the subscription is never invalidated. */
  invalidationFilter?: SubscriptionFilter;
}

export interface DeliveryGroups {
  /** Adds a member to the group `key` of `field`, creating the group from `spec` if needed; returns leave(). */
  join(field: string, key: string, spec: () => GroupSpec, member: GroupMember): () => void;
  /** Queues delivery of one successful mutation result to the subscriptions listening to it. */
  publish(mutationField: string, data: unknown): void;
  /** Queues the end of every subscription on `subscriptionField` whose invalidation filter matches. */
  invalidate(subscriptionField: string, payload: unknown): void;
  /** Live groups and members, for tests and logs. */
  stats(): { groups: number; members: number };
}

interface Group {
  spec: GroupSpec;
  members: Set<GroupMember>;
}

/** Subscription fields per mutation, from each subscription field's @aws_subscribe(mutations: [...]). */
export function subscriptionsByMutation(schema: GraphQLSchema): Map<string, string[]> {
  const byMutation = new Map<string, string[]>();
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const directive = field.astNode?.directives?.find((candidate) => candidate.name.value === 'aws_subscribe');
    const argument = directive?.arguments?.find((candidate) => candidate.name.value === 'mutations');
    if (argument?.value.kind !== Kind.LIST) continue;
    for (const value of argument.value.values) {
      if (value.kind !== Kind.STRING) continue;
      byMutation.set(value.value, [...(byMutation.get(value.value) ?? []), field.name]);
    }
  }
  return byMutation;
}

export function createDeliveryGroups(options: { schema: GraphQLSchema; queue: FanOutQueue; log?: (line: string) => void }): DeliveryGroups {
  const { queue } = options;
  const log = options.log ?? (() => {});
  const listeners = subscriptionsByMutation(options.schema);
  const byField = new Map<string, Map<string, Group>>();
  const active = new WeakSet<GroupMember>();

  function* deliveryJob(targets: { group: Group; members: GroupMember[] }[], mutationField: string, data: unknown) {
    for (const { group, members } of targets) {
      let payload: SerializedPayload | undefined;
      try {
        if (group.spec.matches(data)) payload = group.spec.render(data);
      } catch (error) {
        log(`realtime: ${mutationField} result not delivered to a group: ${error instanceof Error ? error.message : String(error)}`);
      }
      yield;
      if (payload === undefined) continue;
      for (const member of members) {
        // Skips subscriptions stopped since the event was published.
        if (active.has(member)) member.deliver(payload);
        yield;
      }
    }
  }

  function* invalidationJob(members: GroupMember[], payload: unknown) {
    for (const member of members) {
      if (active.has(member) && matchesFilter(member.invalidationFilter!, payload)) member.invalidate();
      yield;
    }
  }

  return {
    join(field, key, spec, member) {
      let groups = byField.get(field);
      if (!groups) {
        groups = new Map();
        byField.set(field, groups);
      }
      let group = groups.get(key);
      if (!group) {
        group = { spec: spec(), members: new Set() };
        groups.set(key, group);
      }
      group.members.add(member);
      active.add(member);
      const joined = group;
      return () => {
        active.delete(member);
        joined.members.delete(member);
        if (joined.members.size === 0 && groups.get(key) === joined) groups.delete(key);
      };
    },

    publish(mutationField, data) {
      // Members are fixed now: a subscription started after the mutation must not receive it.
      const targets = (listeners.get(mutationField) ?? []).flatMap((field) =>
        [...(byField.get(field)?.values() ?? [])].map((group) => ({ group, members: [...group.members] })),
      );
      if (targets.length > 0) queue.push(deliveryJob(targets, mutationField, data));
    },

    invalidate(subscriptionField, payload) {
      const members = [...(byField.get(subscriptionField)?.values() ?? [])].flatMap((group) =>
        [...group.members].filter((member) => member.invalidationFilter !== undefined),
      );
      if (members.length > 0) queue.push(invalidationJob(members, payload));
    },

    stats() {
      let groups = 0;
      let members = 0;
      for (const fieldGroups of byField.values()) {
        groups += fieldGroups.size;
        for (const group of fieldGroups.values()) members += group.members.size;
      }
      return { groups, members };
    },
  };
}
