// The email fan-out of one published event, resumable across invocations (design.md §5).
// Send phase: page confirmed subscribers from the checkpoint kept on the Announcement item, mail every
// deliverable one exactly once (delivery markers), checkpoint each page, hand over to a fresh invocation
// before the time budget ends. Finish phase: redeliver claims abandoned by crashed invocations, recount
// from the markers (exact even after crashes and duplicates), mark COMPLETED. Progress is reported per page.
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { AnnouncementProgressInput } from '../__generated__/graphql';
import { SesUnavailableError, ValidationError } from '../lib/errors';
import type { EventItem } from '../lib/event-item';
import { announcementKey, eventKey, subscriberKey } from '../lib/keys';
import type { Log } from '../lib/log';
import { buildRawMessage, type Mailbox } from '../lib/mime';
import { createPacer, type Clock } from '../lib/pacer';
import { sendWithRetry, type RetryPolicy, type SendRawMail } from '../lib/ses-send';
import { composeAnnouncement, type AnnouncementLinks } from './announcement-mail';
import { createMarkerStore, type Marker, type MarkerStore } from './delivery-markers';
import { isDeliverable, readSubscriberPage, type Subscriber } from './recipients';

export type AnnouncePayload = { eventId: string; cursor?: string };

/** The reportAnnouncementProgress input (type from the schema, so a schema change fails the build here). */
export type AnnouncementProgress = AnnouncementProgressInput & { status: 'SENDING' | 'COMPLETED' };

export type AnnounceResult = {
  eventId: string;
  /** COMPLETED: every recipient handled. CONTINUED: a fresh invocation takes over. YIELDED: another invocation
   * is ahead. SKIPPED: nothing to do (already completed, or the event/announcement does not exist). */
  outcome: 'COMPLETED' | 'CONTINUED' | 'YIELDED' | 'SKIPPED';
  progress?: AnnouncementProgress;
};

export type AnnounceSettings = {
  sender: Mailbox;
  links: AnnouncementLinks;
  /** Recipients per second, at most: SES's account send rate. */
  maxSendRate: number;
  pageSize: number;
  /** How long a claim protects a recipient from other invocations; longer than any single delivery. */
  leaseMs: number;
  /** Stop claiming recipients when less than this is left of the invocation's time; half of it settles in-flight mails. */
  reserveMs: number;
  markerTtlSeconds: number;
  concurrency: number;
  retry?: RetryPolicy;
};

export const DEFAULT_SETTINGS = { pageSize: 100, leaseMs: 120_000, reserveMs: 30_000, markerTtlSeconds: 30 * 24 * 3600 };

export type AnnounceDeps = {
  db: DynamoDBDocumentClient;
  table: string;
  send: SendRawMail;
  reportProgress(progress: AnnouncementProgress): Promise<void>;
  reinvoke(payload: AnnouncePayload): Promise<void>;
  remainingMs(): number;
  clock: Clock;
  random(): number;
  newId(): string;
  log: Log;
  settings: AnnounceSettings;
};

type AnnouncementItem = { status?: string; sendCursor?: string };
type Delivery = 'sent' | 'failed' | 'skipped' | 'elsewhere' | 'deferred';

const START = 'START';
const END = 'END';
const SWEEP_POLL_MS = 1_000;

export function parseAnnouncePayload(event: unknown): AnnouncePayload {
  const { eventId, cursor } = (event ?? {}) as Record<string, unknown>;
  if (typeof eventId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(eventId)) throw new ValidationError('eventId: not a valid event id');
  if (cursor !== undefined && cursor !== null && typeof cursor !== 'string') throw new ValidationError('cursor: must be a string');
  return { eventId, cursor: cursor ?? undefined };
}

export async function runAnnouncement(deps: AnnounceDeps, payload: AnnouncePayload): Promise<AnnounceResult> {
  const { db, table, log, settings, clock } = deps;
  const { eventId } = payload;
  const read = async <T>(key: { pk: string; sk: string }) =>
    (await db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item as T | undefined;

  let [event, announcement] = await Promise.all([read<EventItem>(eventKey(eventId)), read<AnnouncementItem>(announcementKey(eventId))]);
  if (!event || !announcement) {
    log.error('nothing to announce: the event or its announcement item is missing', { eventId, event: !!event, announcement: !!announcement });
    return { eventId, outcome: 'SKIPPED' };
  }
  if (announcement.status === 'COMPLETED') {
    log.info('announcement already completed; duplicate invocation ignored', { eventId });
    return { eventId, outcome: 'SKIPPED' };
  }

  const markers = createMarkerStore({ db, table, eventId, now: clock.now, leaseMs: settings.leaseMs, ttlSeconds: settings.markerTtlSeconds });
  const pacer = createPacer(settings.maxSendRate, clock);
  const outOfTime = () => deps.remainingMs() < settings.reserveMs;
  const report = async (progress: AnnouncementProgress) => {
    try {
      await deps.reportProgress(progress);
    } catch (error) {
      // Progress is for live display; the Announcement item already holds the truth.
      log.warn('progress report failed', { eventId, error: (error as Error).message });
    }
  };

  async function deliver(subscriber: Subscriber): Promise<Delivery> {
    const email = subscriber.email.toLowerCase();
    const claimId = deps.newId();
    const claim = await markers.claim(email, claimId);
    if (!claim.claimed) {
      const state = claim.existing.state;
      return state === 'SENT' ? 'sent' : state === 'FAILED' ? 'failed' : state === 'SKIPPED' ? 'skipped' : 'elsewhere';
    }
    if (!isDeliverable(subscriber, event!)) {
      await markers.settle(email, claimId, { state: 'SKIPPED', why: 'no longer a confirmed, matching subscriber' });
      return 'skipped';
    }
    if (!subscriber.unsubscribeToken) {
      await markers.settle(email, claimId, { state: 'FAILED', error: 'subscriber has no unsubscribe token' });
      return 'failed';
    }
    const mail = composeAnnouncement({ event: event!, to: email, unsubscribeToken: subscriber.unsubscribeToken, from: settings.sender, links: settings.links, date: new Date(clock.now()) });
    const deadline = clock.now() + deps.remainingMs() - settings.reserveMs / 2;
    let outcome;
    try {
      outcome = await sendWithRetry({ send: deps.send, pacer, clock, random: deps.random, retry: settings.retry }, { to: email, from: settings.sender.email, raw: buildRawMessage(mail) }, deadline);
    } catch (error) {
      await markers.release(email, claimId);
      throw error;
    }
    switch (outcome.status) {
      case 'sent':
        if (!(await markers.settle(email, claimId, { state: 'SENT', messageId: outcome.messageId }))) {
          log.error('claim was taken over while sending: the recipient may get a second mail; raise leaseMs', { eventId, email });
        }
        return 'sent';
      case 'failed':
        log.warn('recipient failed permanently', { eventId, email, error: outcome.error, attempts: outcome.attempts });
        await markers.settle(email, claimId, { state: 'FAILED', error: outcome.error });
        return 'failed';
      case 'deferred':
        await markers.release(email, claimId);
        return 'deferred';
      case 'gave-up':
        await markers.release(email, claimId);
        throw new SesUnavailableError(`SES failed ${outcome.attempts} times in a row: ${outcome.error}`);
    }
  }

  /** Delivers to all with bounded concurrency; `complete` is false when time ran out before everyone was handled. */
  async function deliverAll(subscribers: Subscriber[]): Promise<{ sent: number; failed: number; complete: boolean }> {
    let next = 0;
    let sent = 0;
    let failed = 0;
    let stopped = false;
    let fatal: unknown;
    const worker = async () => {
      while (!stopped && next < subscribers.length) {
        if (outOfTime()) {
          stopped = true;
          break;
        }
        try {
          const result = await deliver(subscribers[next++]);
          if (result === 'sent') sent++;
          else if (result === 'failed') failed++;
          else if (result === 'deferred') stopped = true;
        } catch (error) {
          stopped = true;
          fatal ??= error;
        }
      }
    };
    // In-flight deliveries always finish (or give their claim back) before this returns or throws.
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, subscribers.length) }, worker));
    if (fatal) throw fatal;
    return { sent, failed, complete: !stopped };
  }

  async function checkpoint(previous: string, next: string, counts: { total: number; sent: number; failed: number }): Promise<AnnouncementProgress | null> {
    try {
      const out = await db.send(
        new UpdateCommand({
          TableName: table,
          Key: announcementKey(eventId),
          UpdateExpression: 'SET sendCursor = :next, #status = :sending, updatedAt = :now ADD #total :total, sent :sent, failed :failed',
          ConditionExpression: previous === START ? 'attribute_not_exists(sendCursor) AND #status <> :completed' : 'sendCursor = :previous',
          ExpressionAttributeNames: { '#status': 'status', '#total': 'total' },
          ExpressionAttributeValues: {
            ':next': next,
            ':sending': 'SENDING',
            ':now': new Date(clock.now()).toISOString(),
            ':total': counts.total,
            ':sent': counts.sent,
            ':failed': counts.failed,
            ...(previous === START ? { ':completed': 'COMPLETED' } : { ':previous': previous }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const a = out.Attributes ?? {};
      return { eventId, status: 'SENDING', total: Number(a.total ?? 0), sent: Number(a.sent ?? 0), failed: Number(a.failed ?? 0) };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException') return null;
      throw error;
    }
  }

  /** Settles every claim still PENDING: abandoned ones (lease over) are redelivered, live ones awaited. */
  async function sweep(): Promise<'done' | 'out-of-time'> {
    let pending = (await markers.list()).filter((m) => m.state === 'PENDING');
    while (pending.length) {
      const now = clock.now();
      const abandoned = pending.filter((m) => (m.leaseUntil ?? 0) < now);
      const live = pending.filter((m) => (m.leaseUntil ?? 0) >= now);
      if (abandoned.length) {
        log.warn('redelivering claims abandoned by a crashed invocation', { eventId, count: abandoned.length });
        const subscribers = await Promise.all(abandoned.map(async (m) => (await read<Subscriber>(subscriberKey(m.email))) ?? { email: m.email, topics: [] }));
        const result = await deliverAll(subscribers);
        if (!result.complete) return 'out-of-time';
      }
      if (live.length) {
        const wait = Math.min(SWEEP_POLL_MS, Math.max(1, Math.min(...live.map((m) => m.leaseUntil ?? now)) - now + 1));
        if (deps.remainingMs() - wait < settings.reserveMs) return 'out-of-time';
        await clock.sleep(wait);
      }
      const rechecked = await Promise.all([...abandoned, ...live].map((m: Marker) => markers.get(m.email)));
      pending = rechecked.filter((m): m is Marker => m?.state === 'PENDING');
    }
    return 'done';
  }

  async function finish(store: MarkerStore): Promise<AnnouncementProgress> {
    const all = await store.list();
    const count = (state: Marker['state']) => all.filter((m) => m.state === state).length;
    const progress: AnnouncementProgress = { eventId, status: 'COMPLETED', total: all.length - count('SKIPPED'), sent: count('SENT'), failed: count('FAILED') };
    const now = new Date(clock.now()).toISOString();
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: announcementKey(eventId),
        UpdateExpression: 'SET #status = :completed, #total = :total, sent = :sent, failed = :failed, sendCursor = :end, completedAt = :now, updatedAt = :now',
        ExpressionAttributeNames: { '#status': 'status', '#total': 'total' },
        ExpressionAttributeValues: { ':completed': 'COMPLETED', ':total': progress.total, ':sent': progress.sent, ':failed': progress.failed, ':end': END, ':now': now },
      }),
    );
    return progress;
  }

  if (announcement.status === 'QUEUED' && event.status === 'PUBLISHED') await report({ eventId, status: 'SENDING', total: 0, sent: 0, failed: 0 });
  let cursor = announcement.sendCursor ?? START;
  if (payload.cursor && payload.cursor !== cursor) {
    log.info('resuming from the checkpoint on the announcement item, not the payload cursor', { eventId });
  }
  while (cursor !== END) {
    if (event.status !== 'PUBLISHED') {
      log.info('event is no longer published; announcement stops', { eventId, status: event.status });
      break;
    }
    if (outOfTime()) {
      await deps.reinvoke({ eventId, cursor });
      return { eventId, outcome: 'CONTINUED' };
    }
    const page = await readSubscriberPage(db, table, cursor === START ? null : cursor, settings.pageSize);
    const recipients = page.subscribers.filter((s) => isDeliverable(s, event!));
    const tally = await deliverAll(recipients);
    if (!tally.complete) {
      // The page is redone by the next invocation; its markers make that harmless.
      await deps.reinvoke({ eventId, cursor });
      return { eventId, outcome: 'CONTINUED' };
    }
    const next = page.next ?? END;
    const progress = await checkpoint(cursor, next, { total: recipients.length, sent: tally.sent, failed: tally.failed });
    if (!progress) {
      log.warn('another invocation checkpointed this page first; leaving the announcement to it', { eventId });
      return { eventId, outcome: 'YIELDED' };
    }
    await report(progress);
    cursor = next;
    event = (await read<EventItem>(eventKey(eventId))) ?? event;
  }

  if ((await sweep()) === 'out-of-time') {
    await deps.reinvoke({ eventId, cursor: END });
    return { eventId, outcome: 'CONTINUED' };
  }
  const progress = await finish(markers);
  await report(progress);
  log.info('announcement completed', { ...progress });
  return { eventId, outcome: 'COMPLETED', progress };
}
