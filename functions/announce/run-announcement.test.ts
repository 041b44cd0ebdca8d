// Integration tests of the fan-out against the real stand-ins (DynamoDB Local + aws-ses-v2-local): every
// confirmed, topic-matching subscriber gets exactly one mail, read back from the SES mailbox, also when SES
// throttles and fails mid-run, invocations run out of time, one is killed mid-send, or two run at once.
// HERALD_ANNOUNCE_SUBSCRIBERS sets the list size (default 500; the bench runs 10,000).
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMailbox, type MailboxMessage } from '../../local/src/services/ses-local';
import { createSesClient } from '../lib/clients';
import { createDocumentClient } from '../lib/document-client';
import { silentLog } from '../lib/log';
import { sesRawSender, type SendRawMail } from '../lib/ses-send';
import { startLocalAws, TEST_TABLE, type LocalAws } from '../test-support/local-aws';
import { publishedEvent, seedPublishedEvent, seedSubscribers, shouldReceive, subscriberMix, type SeededSubscriber } from '../test-support/seed';
import { DEFAULT_SETTINGS, runAnnouncement, type AnnounceDeps, type AnnouncePayload, type AnnounceResult, type AnnouncementProgress } from './run-announcement';

const SUBSCRIBERS = Number(process.env.HERALD_ANNOUNCE_SUBSCRIBERS ?? 500);
const LEASE_MS = DEFAULT_SETTINGS.leaseMs;
// DynamoDB Local (two marker writes per mail) bounds the local rate to roughly 100 mails/s on this box.
const TIMEOUT_MS = 60_000 + SUBSCRIBERS * 60;

let aws: LocalAws;
let db: ReturnType<typeof createDocumentClient>;
let ses: ReturnType<typeof createSesClient>;
let subscribers: SeededSubscriber[];
let expected: Map<string, SeededSubscriber>;

beforeAll(async () => {
  aws = await startLocalAws({ dynamodb: true, ses: true });
  db = createDocumentClient(aws.env);
  ses = createSesClient(aws.env);
  subscribers = subscriberMix(SUBSCRIBERS, 'sub');
  const began = Date.now();
  await seedSubscribers(db, TEST_TABLE, subscribers);
  console.info(`seeded ${SUBSCRIBERS} subscribers in ${Date.now() - began} ms`);
  expected = new Map(subscribers.filter(shouldReceive).map((s) => [s.email, s]));
}, TIMEOUT_MS);

afterAll(async () => {
  db?.destroy();
  ses?.destroy();
  await aws?.stop();
});

type Harness = { reports: AnnouncementProgress[]; outcomes: AnnounceResult[]; skew: { ms: number } };

function baseDeps(harness: Harness, overrides: Partial<AnnounceDeps> = {}): AnnounceDeps {
  return {
    db,
    table: TEST_TABLE,
    send: sesRawSender(ses),
    reportProgress: async (p) => void harness.reports.push(p),
    reinvoke: async () => {},
    remainingMs: () => 600_000,
    clock: { now: () => Date.now() + harness.skew.ms, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    random: Math.random,
    newId: randomUUID,
    log: silentLog,
    settings: {
      ...DEFAULT_SETTINGS,
      sender: { name: 'Herald', email: 'no-reply@herald.test' },
      links: { publicBaseUrl: 'https://herald.test', unsubscribeUrl: 'https://herald.test/unsubscribe' },
      maxSendRate: 5_000,
      concurrency: 16,
      reserveMs: 1_000,
      retry: { maxAttempts: 8, baseMs: 2, capMs: 20 },
    },
    ...overrides,
  };
}

/** Delivery markers still claimed (PENDING) for the event. */
async function pendingMarkers(eventId: string): Promise<number> {
  const markers = await db.send(
    new QueryCommand({ TableName: TEST_TABLE, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)', ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':s': 'SENT#' }, ConsistentRead: true }),
  );
  return (markers.Items ?? []).filter((marker) => marker.state === 'PENDING').length;
}

/** Runs an invocation and every continuation it asks for, one after another, like Lambda's async queue. */
async function runToCompletion(harness: Harness, first: AnnouncePayload, depsFor: (invocation: number) => Partial<AnnounceDeps>): Promise<void> {
  const queue: AnnouncePayload[] = [first];
  for (let invocation = 0; queue.length; invocation++) {
    if (invocation > 200) throw new Error('announcement did not complete within 200 invocations');
    const payload = queue.shift() as AnnouncePayload;
    const deps = baseDeps(harness, { ...depsFor(invocation), reinvoke: async (next) => void queue.push(next) });
    harness.outcomes.push(await runAnnouncement(deps, payload));
  }
}

async function mailsFor(eventTitle: string): Promise<MailboxMessage[]> {
  return (await readMailbox(aws.storeUrl as string)).filter((m) => m.subject === `New event: ${eventTitle}`);
}

function byRecipient(mails: MailboxMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mails) for (const to of mail.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

async function announcementItem(eventId: string) {
  return (await db.send(new GetCommand({ TableName: TEST_TABLE, Key: { pk: `EVENT#${eventId}`, sk: 'ANNOUNCEMENT' }, ConsistentRead: true }))).Item;
}

function newHarness(): Harness {
  return { reports: [], outcomes: [], skew: { ms: 0 } };
}

describe(`runAnnouncement (${SUBSCRIBERS} subscribers)`, () => {
  it('mails every confirmed, topic-matching subscriber exactly once with a personal one-click unsubscribe', async () => {
    // Prepare
    const event = publishedEvent(`happy-${randomUUID().slice(0, 8)}`);
    await seedPublishedEvent(db, TEST_TABLE, event);
    const harness = newHarness();
    const began = Date.now();

    // Act
    await runToCompletion(harness, { eventId: event.id }, () => ({}));
    const elapsed = Date.now() - began;
    const mails = await mailsFor(event.title);

    // Assess
    console.info(`announced to ${expected.size} of ${SUBSCRIBERS} in ${elapsed} ms (${Math.round((expected.size / elapsed) * 1000)} mails/s)`);
    const counts = byRecipient(mails);
    expect([...counts.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const mail of mails) {
      const token = expected.get(mail.to[0])?.token;
      expect(mail.headers['list-unsubscribe']).toBe(`<https://herald.test/unsubscribe?token=${token}>`);
      expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    }
    expect(mails[0].text).toContain('Saturday, 5 December 2026, 19:00 GMT+1 (Europe/Berlin)');
    expect(mails[0].html).toContain(`https://herald.test/events/${event.id}`);
    expect(harness.outcomes.map((o) => o.outcome)).toEqual(['COMPLETED']);
    const final = { eventId: event.id, status: 'COMPLETED', total: expected.size, sent: expected.size, failed: 0 };
    expect(harness.reports.at(-1)).toEqual(final);
    expect(await announcementItem(event.id)).toMatchObject({ status: 'COMPLETED', total: expected.size, sent: expected.size, failed: 0 });
  }, TIMEOUT_MS);

  it('survives throttling, transient and permanent SES failures, time-outs and a kill mid-send: one mail each, none lost', async () => {
    // Prepare
    const event = publishedEvent(`faults-${randomUUID().slice(0, 8)}`);
    await seedPublishedEvent(db, TEST_TABLE, event);
    const harness = newHarness();
    const recipients = [...expected.keys()];
    const bounces = new Set(recipients.filter((_, i) => i % 37 === 5));
    const real = sesRawSender(ses);
    let calls = 0;
    const faulty: SendRawMail = async (mail) => {
      calls++;
      if (calls % 9 === 0) throw Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } });
      if (calls % 53 === 0) throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } });
      if (bounces.has(mail.to)) throw Object.assign(new Error('Address blacklisted.'), { name: 'MessageRejected', $metadata: { httpStatusCode: 400 } });
      return real(mail);
    };
    const budgetPerInvocation = Math.max(20, Math.floor(expected.size / 6));
    const budgeted = (): Partial<AnnounceDeps> => {
      let sends = 0;
      return { send: (mail) => (sends++, faulty(mail)), remainingMs: () => (sends < budgetPerInvocation ? 600_000 : 0) };
    };

    // Act
    // 1. Two invocations run out of time and hand over.
    const handedOver: AnnouncePayload[] = [];
    let payload: AnnouncePayload = { eventId: event.id };
    for (let i = 0; i < 2; i++) {
      harness.outcomes.push(await runAnnouncement(baseDeps(harness, { ...budgeted(), reinvoke: async (next) => void handedOver.push(next) }), payload));
      payload = handedOver.at(-1) as AnnouncePayload;
    }
    // 2. The next one is killed: from its 11th mail on, SES calls never return and its claims are never settled.
    // Its own clock does not move with the test's skew, as a dead instance's would not.
    let killedSends = 0;
    let frozen = false;
    let hung = 0;
    const answered: Promise<unknown>[] = [];
    let froze: () => void = () => {};
    const stuck = new Promise<void>((resolve) => (froze = resolve));
    const dying: SendRawMail = (mail) => {
      if (!frozen && ++killedSends <= 10) {
        const sent = faulty(mail);
        answered.push(sent.catch(() => undefined));
        return sent;
      }
      frozen = true;
      hung++;
      froze();
      return new Promise(() => {});
    };
    const deadClock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
    void runAnnouncement(baseDeps(harness, { send: dying, clock: deadClock, remainingMs: () => (frozen ? 0 : 600_000) }), payload);
    await stuck;
    // The kill falls between sends: the sends SES answered are settled first, and only the hung ones stay claimed.
    // (A kill between SES accepting a mail and settling its marker can duplicate it: see delivery-markers.ts.)
    // A throttled answered send is retried (and hangs) after its first answer, so `hung` is read live, and a
    // count only stands when no send hung while the markers were being read.
    await Promise.all(answered);
    const claimedButNotHung = async () => {
      const hungBefore = hung;
      const pending = await pendingMarkers(event.id);
      return hung === hungBefore ? pending - hung : Number.NaN;
    };
    await expect.poll(claimedButNotHung, { timeout: 10_000, interval: 20 }).toBe(0);
    // 3. Lambda retries the killed invocation's payload once the abandoned claims' leases have run out.
    harness.skew.ms += LEASE_MS + 1_000;
    await runToCompletion(harness, payload, () => budgeted());
    const mails = await mailsFor(event.title);

    // Assess
    const counts = byRecipient(mails);
    const delivered = recipients.filter((r) => !bounces.has(r));
    expect(frozen).toBe(true);
    expect([...counts.keys()].sort()).toEqual(delivered.sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(harness.outcomes.filter((o) => o.outcome === 'CONTINUED').length).toBeGreaterThanOrEqual(4);
    expect(harness.outcomes.at(-1)?.outcome).toBe('COMPLETED');
    const final = harness.reports.at(-1);
    expect(final).toEqual({ eventId: event.id, status: 'COMPLETED', total: expected.size, sent: delivered.length, failed: bounces.size });
    const sentSeries = harness.reports.map((r) => r.sent);
    expect(sentSeries).toEqual([...sentSeries].sort((a, b) => a - b));
    const markers = await db.send(
      new QueryCommand({ TableName: TEST_TABLE, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)', ExpressionAttributeValues: { ':pk': `EVENT#${event.id}`, ':s': 'SENT#' }, ConsistentRead: true }),
    );
    expect(markers.Items?.every((m) => typeof m.expiresAt === 'number' && m.state !== 'PENDING')).toBe(true);
    // The killed invocation's claims were taken over once their leases ran out (a second claim of the same marker).
    expect(markers.Items?.some((m) => m.attempts >= 2)).toBe(true);
  }, TIMEOUT_MS);

  it('sends once when two invocations of the same announcement run at the same time', async () => {
    // Prepare
    const event = publishedEvent(`twice-${randomUUID().slice(0, 8)}`);
    await seedPublishedEvent(db, TEST_TABLE, event);
    const harness = newHarness();

    // Act
    const results = await Promise.all([runAnnouncement(baseDeps(harness), { eventId: event.id }), runAnnouncement(baseDeps(harness), { eventId: event.id })]);
    const again = await runAnnouncement(baseDeps(harness), { eventId: event.id });
    const counts = byRecipient(await mailsFor(event.title));

    // Assess
    expect(results.map((r) => r.outcome)).toContain('COMPLETED');
    expect(again.outcome).toBe('SKIPPED');
    expect(counts.size).toBe(expected.size);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await announcementItem(event.id)).toMatchObject({ status: 'COMPLETED', total: expected.size, sent: expected.size, failed: 0 });
  }, TIMEOUT_MS);

  it('stops announcing when the event is cancelled, and completes with what was sent', async () => {
    // Prepare
    const event = publishedEvent(`cancelled-${randomUUID().slice(0, 8)}`, { status: 'CANCELLED' });
    await seedPublishedEvent(db, TEST_TABLE, event);
    const harness = newHarness();

    // Act
    const result = await runAnnouncement(baseDeps(harness), { eventId: event.id });

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', progress: { total: 0, sent: 0, failed: 0 } });
    expect(await mailsFor(event.title)).toEqual([]);
  });
});
