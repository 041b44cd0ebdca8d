// Announcements end to end on the local stack: double opt-in through the real confirmation mail,
// the publish fan-out (topic matching, one mail per recipient, RFC 8058 headers), progress for the
// organizer, and the one-click unsubscribe link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, dataOf, type Caller } from '../harness/api-client';
import { startTestStack, type TestStack } from '../harness/local-stack';
import { subscribe as listen } from '../harness/realtime-client';

interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let organizer: Caller;

async function mailbox(): Promise<Mail[]> {
  return (await (await fetch(stack.outputs.mailboxUrl!)).json()) as Mail[];
}

async function mailsTo(address: string, count: number): Promise<Mail[]> {
  await expect.poll(async () => (await mailbox()).filter((mail) => mail.to.includes(address)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return (await mailbox()).filter((mail) => mail.to.includes(address));
}

async function signUpAndConfirm(email: string, topics: string[]): Promise<void> {
  dataOf(await api.call(api.apiKey, 'mutation ($e: AWSEmail!, $t: [String!]) { subscribeToAnnouncements(email: $e, topics: $t) { accepted } }', { e: email, t: topics }));
  const [confirmation] = await mailsTo(email, 1);
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(confirmation.text)?.[1];
  expect(token, `confirmation mail to ${email} carries a link with a token`).toBeTruthy();
  dataOf(await api.call(api.apiKey, 'mutation ($t: String!) { confirmSubscription(token: $t) { status } }', { t: token }));
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  organizer = await api.signIn('announcer-host', 'Passw0rd!a', ['organizers']);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('announcing a published event', () => {
  it('mails every confirmed, topic-matching subscriber exactly once and reports progress', async () => {
    // Prepare
    await signUpAndConfirm('music-fan@example.com', ['music']);
    await signUpAndConfirm('everything@example.com', []);
    await signUpAndConfirm('tech-fan@example.com', ['tech']);
    dataOf(await api.call(api.apiKey, 'mutation { subscribeToAnnouncements(email: "pending@example.com") { accepted } }'));
    const input = { title: 'Open-air concert', startsAt: '2031-07-04T19:00:00Z', timeZone: 'Europe/Berlin', venue: { name: 'Park stage' }, category: 'music' };
    const { createEvent } = dataOf(await api.call<{ createEvent: { id: string } }>(organizer, 'mutation ($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: input }));
    const progress = listen({
      graphqlUrl: stack.outputs.graphqlUrl,
      realtimeUrl: stack.outputs.realtimeUrl,
      auth: { Authorization: (organizer as { token: string }).token },
      query: 'subscription ($id: ID!) { onAnnouncementProgress(eventId: $id) { status sent total } }',
      variables: { id: createEvent.id },
    });
    expect(await progress.started).toBe('ack');

    // Act
    dataOf(await api.call(organizer, 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: createEvent.id }));
    await expect
      .poll(async () => dataOf(await api.call<{ announcement: { status: string } }>(organizer, 'query ($id: ID!) { announcement(eventId: $id) { status } }', { id: createEvent.id })).announcement.status, { timeout: 20_000 })
      .toBe('COMPLETED');
    const final = dataOf(await api.call<{ announcement: any }>(organizer, 'query ($id: ID!) { announcement(eventId: $id) { status total sent failed } }', { id: createEvent.id })).announcement;
    const announcements = (await mailbox()).filter((mail) => mail.subject.includes('Open-air concert'));
    progress.close();

    // Assess
    expect(final).toEqual({ status: 'COMPLETED', total: 2, sent: 2, failed: 0 });
    expect(announcements.flatMap((mail) => mail.to).sort()).toEqual(['everything@example.com', 'music-fan@example.com']);
    for (const mail of announcements) {
      expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=[A-Za-z0-9_-]+>/);
      expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    }
    expect(progress.received.at(-1)?.data).toEqual({ onAnnouncementProgress: { status: 'COMPLETED', sent: 2, total: 2 } });
  });

  it('unsubscribes with one click from the mail header, idempotently', async () => {
    // Prepare
    const [mail] = (await mailbox()).filter((candidate) => candidate.to.includes('music-fan@example.com') && candidate.headers['list-unsubscribe']);
    const url = /<([^>]+)>/.exec(mail.headers['list-unsubscribe'])![1];
    // Act
    const first = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    const again = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    const page = await fetch(url);
    // Assess
    expect([first.status, again.status, page.status]).toEqual([200, 200, 200]);
    expect(await page.text()).toMatch(/unsubscribe/i);
  });
});

describe('registration mails', () => {
  it('sends the confirmation with an invite, the cancellation, and the promotion from the waitlist', async () => {
    // Prepare
    const [first, second] = await Promise.all([api.signIn('mail-first', 'Passw0rd!m'), api.signIn('mail-second', 'Passw0rd!n')]);
    const input = { title: 'Small workshop', startsAt: '2031-08-08T09:00:00Z', timeZone: 'Europe/Lisbon', venue: { name: 'Room 1' }, capacity: 1 };
    const { createEvent } = dataOf(await api.call<{ createEvent: { id: string } }>(organizer, 'mutation ($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: input }));
    dataOf(await api.call(organizer, 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: createEvent.id }));
    const register = 'mutation ($id: ID!) { registerForEvent(eventId: $id) { status } }';
    // Act
    dataOf(await api.call(first, register, { id: createEvent.id }));
    dataOf(await api.call(second, register, { id: createEvent.id }));
    dataOf(await api.call(first, 'mutation ($id: ID!) { cancelRegistration(eventId: $id) { status } }', { id: createEvent.id }));
    const firstMails = await mailsTo('mail-first@herald.test', 2);
    const secondMails = await mailsTo('mail-second@herald.test', 1);
    // Assess
    expect(firstMails.map((mail) => mail.subject).join(' | ')).toMatch(/Small workshop.*\|.*Small workshop/);
    expect(secondMails).toHaveLength(1);
    expect(secondMails[0].subject).toMatch(/Small workshop/);
  });
});
