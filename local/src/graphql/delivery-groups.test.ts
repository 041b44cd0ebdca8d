// Delivery groups: one render per group and event, the right subscription fields, recipients fixed at publish,
// and invalidation in order with the events before it.
import { buildSchema } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { FanOutQueue } from '../realtime/fanout-queue';
import type { SerializedPayload } from '../realtime/protocol';
import { createDeliveryGroups, subscriptionsByMutation, type GroupMember, type GroupSpec } from './delivery-groups';
import type { SubscriptionFilter } from './subscription-filters';

const schema = buildSchema(`
  directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
  type Item { id: ID! group: String }
  type Query { item: Item }
  type Mutation { create: Item update: Item remove: Item }
  type Subscription {
    onItem: Item @aws_subscribe(mutations: ["create", "update"])
    onChange: Item @aws_subscribe(mutations: ["update"])
    onNothing: Item
  }
`);

/** A queue that holds jobs until the test runs them. */
function manualQueue(): FanOutQueue & { runAll(): void } {
  const jobs: Iterator<unknown>[] = [];
  return {
    push: (job) => void jobs.push(job),
    size: () => jobs.length,
    runAll() {
      while (jobs.length > 0) {
        const job = jobs.shift()!;
        while (!job.next().done);
      }
    },
  };
}

function spec(matches: (data: unknown) => boolean = () => true): GroupSpec & { render: ReturnType<typeof vi.fn> } {
  return { matches, render: vi.fn((data: unknown): SerializedPayload => ({ json: JSON.stringify({ data }), bytes: 0 })) };
}

function member(invalidationFilter?: SubscriptionFilter): GroupMember & { deliveries: string[]; invalidated: number } {
  const recorded = { deliveries: [] as string[], invalidated: 0 };
  return Object.assign(recorded, {
    deliver: (payload: SerializedPayload) => void recorded.deliveries.push(payload.json),
    invalidate: () => void (recorded.invalidated += 1),
    ...(invalidationFilter ? { invalidationFilter } : {}),
  });
}

describe('subscriptionsByMutation', () => {
  it('maps each mutation to the subscription fields whose @aws_subscribe lists it', () => {
    // Act
    const map = subscriptionsByMutation(schema);

    // Assess
    expect(Object.fromEntries(map)).toEqual({ create: ['onItem'], update: ['onItem', 'onChange'] });
  });
});

describe('createDeliveryGroups', () => {
  it('filters and renders once per group and event, and sends that payload to every member', () => {
    // Prepare
    const queue = manualQueue();
    const groups = createDeliveryGroups({ schema, queue });
    const shared = spec();
    const members = Array.from({ length: 3 }, () => member());
    for (const one of members) groups.join('onItem', 'k', () => shared, one);

    // Act
    groups.publish('create', { id: '1' });
    queue.runAll();

    // Assess
    expect(shared.render).toHaveBeenCalledTimes(1);
    expect(members.map((one) => one.deliveries)).toEqual([['{"data":{"id":"1"}}'], ['{"data":{"id":"1"}}'], ['{"data":{"id":"1"}}']]);
    expect(groups.stats()).toEqual({ groups: 1, members: 3 });
  });

  it('renders nothing for a group whose filter does not match', () => {
    // Prepare
    const queue = manualQueue();
    const groups = createDeliveryGroups({ schema, queue });
    const refusing = spec(() => false);
    const one = member();
    groups.join('onItem', 'k', () => refusing, one);

    // Act
    groups.publish('create', { id: '1' });
    queue.runAll();

    // Assess
    expect(refusing.render).not.toHaveBeenCalled();
    expect(one.deliveries).toEqual([]);
  });

  it('delivers to the subscription fields of the mutation only', () => {
    // Prepare
    const queue = manualQueue();
    const groups = createDeliveryGroups({ schema, queue });
    const onItem = member();
    const onChange = member();
    groups.join('onItem', 'a', () => spec(), onItem);
    groups.join('onChange', 'b', () => spec(), onChange);

    // Act
    groups.publish('create', { id: 'c' });
    groups.publish('update', { id: 'u' });
    groups.publish('remove', { id: 'r' });
    queue.runAll();

    // Assess
    expect(onItem.deliveries).toEqual(['{"data":{"id":"c"}}', '{"data":{"id":"u"}}']);
    expect(onChange.deliveries).toEqual(['{"data":{"id":"u"}}']);
  });

  it('fixes the recipients when the event is published', () => {
    // Prepare
    const queue = manualQueue();
    const groups = createDeliveryGroups({ schema, queue });
    const early = member();
    const late = member();
    const leaving = member();
    groups.join('onItem', 'k', () => spec(), early);
    const leave = groups.join('onItem', 'k', () => spec(), leaving);

    // Act
    groups.publish('create', { id: '1' });
    groups.join('onItem', 'k', () => spec(), late);
    leave();
    queue.runAll();

    // Assess
    expect(early.deliveries).toHaveLength(1);
    expect(late.deliveries).toEqual([]);
    expect(leaving.deliveries).toEqual([]);
  });

  it('drops a group when its last member leaves', () => {
    // Prepare
    const groups = createDeliveryGroups({ schema, queue: manualQueue() });
    const leaveA = groups.join('onItem', 'k', () => spec(), member());
    const leaveB = groups.join('onItem', 'k', () => spec(), member());

    // Act
    leaveA();
    const afterOne = groups.stats();
    leaveB();

    // Assess
    expect(afterOne).toEqual({ groups: 1, members: 1 });
    expect(groups.stats()).toEqual({ groups: 0, members: 0 });
  });

  it('invalidates the members whose invalidation filter matches, after the events queued before it', () => {
    // Prepare
    const queue = manualQueue();
    const groups = createDeliveryGroups({ schema, queue });
    const byUser = (user: string): SubscriptionFilter => ({ filterGroup: [{ filters: [{ fieldName: 'user', operator: 'eq', value: user }] }] });
    const ann = member(byUser('ann'));
    const bob = member(byUser('bob'));
    const noFilter = member();
    const order: string[] = [];
    ann.deliver = () => void order.push('data');
    ann.invalidate = () => void order.push('invalidated');
    for (const one of [ann, bob, noFilter]) groups.join('onItem', 'k', () => spec(), one);

    // Act
    groups.publish('create', { id: '1' });
    groups.invalidate('onItem', { user: 'ann' });
    queue.runAll();

    // Assess
    expect(order).toEqual(['data', 'invalidated']);
    expect(bob.invalidated).toBe(0);
    expect(noFilter.invalidated).toBe(0);
  });

  it('reports a group whose rendering throws and still serves the other groups', () => {
    // Prepare
    const queue = manualQueue();
    const log = vi.fn();
    const groups = createDeliveryGroups({ schema, queue, log });
    const broken: GroupSpec = { matches: () => true, render: () => { throw new Error('bad projection'); } };
    const healthy = member();
    groups.join('onItem', 'broken', () => broken, member());
    groups.join('onItem', 'healthy', () => spec(), healthy);

    // Act
    groups.publish('create', { id: '1' });
    queue.runAll();

    // Assess
    expect(log).toHaveBeenCalledWith(expect.stringContaining('bad projection'));
    expect(healthy.deliveries).toHaveLength(1);
  });
});
