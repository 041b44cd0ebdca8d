// Per-recipient delivery markers (`pk EVENT#<id>`, `sk SENT#<email>`), the guard against mailing anyone twice.
// A marker is claimed (PENDING, with a lease and a claim id) BEFORE the mail goes out and settled after it:
// SENT, FAILED (permanent), or SKIPPED (no longer subscribed). A claim whose lease ran out was abandoned by a
// crashed invocation and may be taken over; a live claim belongs to someone else. The one window left: an
// invocation killed after SES accepted a mail but before settling its marker lets the claim lapse, and the
// taker-over sends that mail again (SES takes no idempotency key).
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DELIVERY_PREFIX, deliveryKey } from '../lib/keys';

export type MarkerState = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
export type Marker = { email: string; state: MarkerState; leaseUntil?: number; claimId?: string };

export type MarkerStore = {
  /** Claims the recipient; otherwise tells what the existing marker says. */
  claim(email: string, claimId: string): Promise<{ claimed: true } | { claimed: false; existing: Marker }>;
  settle(email: string, claimId: string, outcome: { state: 'SENT'; messageId: string } | { state: 'FAILED'; error: string } | { state: 'SKIPPED'; why: string }): Promise<boolean>;
  /** Gives a claim back untouched, so the recipient is tried again later. */
  release(email: string, claimId: string): Promise<void>;
  get(email: string): Promise<Marker | undefined>;
  list(): Promise<Marker[]>;
};

export type MarkerStoreOptions = {
  db: DynamoDBDocumentClient;
  table: string;
  eventId: string;
  now: () => number;
  leaseMs: number;
  /** Markers outlive every retry and continuation of an announcement, then expire (TTL attribute expiresAt). */
  ttlSeconds: number;
};

function isConditionFailure(error: unknown): error is ConditionalCheckFailedException {
  return error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException';
}

function toMarker(item: Record<string, unknown>): Marker {
  return {
    email: String(item.email ?? String(item.sk ?? '').slice(DELIVERY_PREFIX.length)),
    state: String(item.state ?? 'PENDING') as MarkerState,
    leaseUntil: typeof item.leaseUntil === 'number' ? item.leaseUntil : undefined,
    claimId: typeof item.claimId === 'string' ? item.claimId : undefined,
  };
}

export function createMarkerStore(opts: MarkerStoreOptions): MarkerStore {
  const { db, table, eventId } = opts;
  const key = (email: string) => deliveryKey(eventId, email);

  return {
    async claim(email, claimId) {
      const now = opts.now();
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: key(email),
            UpdateExpression: 'SET #state = :pending, email = :email, claimId = :claim, leaseUntil = :lease, claimedAt = :now, expiresAt = :ttl ADD attempts :one',
            ConditionExpression: 'attribute_not_exists(pk) OR (#state = :pending AND leaseUntil < :now)',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: {
              ':pending': 'PENDING',
              ':email': email,
              ':claim': claimId,
              ':lease': now + opts.leaseMs,
              ':now': now,
              ':ttl': Math.floor(now / 1000) + opts.ttlSeconds,
              ':one': 1,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { claimed: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const old = error.Item ? unmarshall(error.Item) : { email, state: 'PENDING' };
        return { claimed: false, existing: toMarker(old) };
      }
    },

    async settle(email, claimId, outcome) {
      const detail =
        outcome.state === 'SENT' ? { name: 'messageId', value: outcome.messageId } : { name: 'reason', value: outcome.state === 'FAILED' ? outcome.error : outcome.why };
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: key(email),
            UpdateExpression: `SET #state = :state, settledAt = :now, #detail = :detail REMOVE leaseUntil`,
            ConditionExpression: 'claimId = :claim',
            ExpressionAttributeNames: { '#state': 'state', '#detail': detail.name },
            ExpressionAttributeValues: { ':state': outcome.state, ':now': opts.now(), ':detail': detail.value, ':claim': claimId },
          }),
        );
        return true;
      } catch (error) {
        // Our lease ran out and another invocation took the claim over: it settles the marker now.
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async release(email, claimId) {
      try {
        await db.send(
          new DeleteCommand({
            TableName: table,
            Key: key(email),
            ConditionExpression: 'claimId = :claim AND #state = :pending',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':claim': claimId, ':pending': 'PENDING' },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async get(email) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: key(email), ConsistentRead: true }));
      return Item ? toMarker(Item) : undefined;
    },

    async list() {
      const markers: Marker[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await db.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': key('x').pk, ':prefix': DELIVERY_PREFIX },
            ProjectionExpression: 'sk, email, #state, leaseUntil, claimId',
            ExpressionAttributeNames: { '#state': 'state' },
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
        markers.push(...(out.Items ?? []).map(toMarker));
        start = out.LastEvaluatedKey;
      } while (start);
      return markers;
    },
  };
}
