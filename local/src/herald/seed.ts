// Demo data for a new local stack, written through Herald's own API so seeding exercises the resolvers users
// do. Each named step runs once per data directory (stack-state.ts records which ran), so a step added
// later is applied on the next start of an existing .herald/ without a reset.
import { seedEvents, seedSubscribers, type SeedEvent } from './demo-data';
import { gradientPng } from './demo-images';

export interface SeedContext {
  graphqlUrl: string;
  apiKey: string;
  /** An access token of a demo user (signed in on demand). */
  tokenFor(username: string): Promise<string>;
  /** design.md §7's mailbox: GET answers the mail the SES stand-in accepted. */
  mailboxUrl: string;
  now: Date;
}

export interface SeedStep {
  name: string;
  /** Returns a short summary for the start-up log, e.g. "4 events". */
  run(context: SeedContext): Promise<string>;
}

export class SeedError extends Error {
  constructor(step: string, message: string) {
    super(`Seeding demo data (${step}) failed: ${message}`);
    this.name = 'SeedError';
  }
}

type GraphQLData = Record<string, Record<string, unknown> | null>;

async function callGraphql(graphqlUrl: string, auth: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<GraphQLData> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: GraphQLData; errors?: { message: string; errorType?: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(body.errors?.map((e) => `${e.errorType ?? 'Error'}: ${e.message}`).join('; ') ?? `HTTP ${response.status}`);
  }
  return body.data;
}

/** The UTC instant of a wall-clock time in an IANA zone (days from `now`, at `hour`:00 local time). */
export function zonedStart(now: Date, inDays: number, hour: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + inDays, hour));
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(guess)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wallAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return new Date(guess.getTime() - (wallAsUtc - guess.getTime()));
}

function eventInput(event: SeedEvent, now: Date): Record<string, unknown> {
  const startsAt = zonedStart(now, event.inDays, event.hour, event.timeZone);
  const { title, description, timeZone, venue, onlineUrl, category, tags, capacity } = event;
  return {
    title,
    description,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + event.hours * 3_600_000).toISOString(),
    timeZone,
    venue,
    onlineUrl,
    category,
    tags,
    capacity,
  };
}

const seedDemoEvents: SeedStep = {
  name: 'events',
  async run({ graphqlUrl, tokenFor, now }) {
    const auth = { authorization: await tokenFor('organizer') };
    for (const event of seedEvents) {
      const created = await callGraphql(graphqlUrl, auth, 'mutation SeedEvent($input: CreateEventInput!) { createEvent(input: $input) { id } }', {
        input: eventInput(event, now),
      });
      if (event.publish) {
        await callGraphql(graphqlUrl, auth, 'mutation SeedPublish($id: ID!) { publishEvent(id: $id) { id } }', { id: created.createEvent?.id });
      }
    }
    const published = seedEvents.filter((event) => event.publish).length;
    return `${seedEvents.length} events (${published} published)`;
  },
};

const MAIL_WAIT_MS = 15_000;

type MailboxEntry = { to: string[]; text: string };

async function readMailbox(mailboxUrl: string): Promise<MailboxEntry[]> {
  return (await (await fetch(mailboxUrl)).json()) as MailboxEntry[];
}

/**
 * The confirmation link's token from the mail the sign-up sent (mailed asynchronously, so polled for), among the
 * mails after the first `since`: the mailbox outlives the table (.herald/mail.jsonl), so an earlier seeding's
 * links may be there too.
 */
async function confirmationToken(mailboxUrl: string, to: string, since: number): Promise<string> {
  const deadline = Date.now() + MAIL_WAIT_MS;
  while (Date.now() < deadline) {
    const mails = (await readMailbox(mailboxUrl)).slice(since);
    const token = mails.filter((mail) => mail.to.includes(to)).map((mail) => /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1]).find(Boolean);
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no confirmation mail reached ${to} within ${MAIL_WAIT_MS} ms`);
}

// Before the events, so publishing them announces to these subscribers: the mailbox shows real announcements.
const seedAnnouncementSubscribers: SeedStep = {
  name: 'announcement-subscribers',
  async run({ graphqlUrl, apiKey, mailboxUrl }) {
    const auth = { 'x-api-key': apiKey };
    const since = (await readMailbox(mailboxUrl)).length;
    for (const subscriber of seedSubscribers) {
      await callGraphql(graphqlUrl, auth, 'mutation SeedSignUp($email: AWSEmail!, $topics: [String!]) { subscribeToAnnouncements(email: $email, topics: $topics) { accepted } }', {
        email: subscriber.email,
        topics: subscriber.topics,
      });
    }
    // The confirmation mails go out in the background; wait for them together rather than one by one.
    await Promise.all(
      seedSubscribers
        .filter((subscriber) => subscriber.confirm)
        .map(async (subscriber) => {
          const token = await confirmationToken(mailboxUrl, subscriber.email, since);
          await callGraphql(graphqlUrl, auth, 'mutation SeedConfirm($token: String!) { confirmSubscription(token: $token) { status } }', { token });
        }),
    );
    return `${seedSubscribers.length} announcement subscribers (${seedSubscribers.filter((s) => s.confirm).length} confirmed)`;
  },
};

async function uploadCover(graphqlUrl: string, auth: Record<string, string>, eventId: string, cover: NonNullable<SeedEvent['cover']>): Promise<void> {
  const png = gradientPng(cover.from, cover.to);
  const granted = await callGraphql(
    graphqlUrl,
    auth,
    'mutation SeedUpload($id: ID!, $type: String!, $size: Int!) { createEventImageUpload(eventId: $id, contentType: $type, contentLength: $size) { url fields key } }',
    { id: eventId, type: 'image/png', size: png.length },
  );
  const { url, fields, key } = granted.createEventImageUpload as { url: string; fields: string; key: string };
  // A browser-style multipart POST: the policy's fields first, the file last.
  const form = new FormData();
  for (const [name, value] of Object.entries(JSON.parse(fields) as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'cover.png');
  const uploaded = await fetch(url, { method: 'POST', body: form });
  if (!uploaded.ok) throw new Error(`the image upload for ${eventId} answered ${uploaded.status}: ${await uploaded.text()}`);
  await callGraphql(graphqlUrl, auth, 'mutation SeedImage($id: ID!, $key: String!, $alt: String!) { setEventImage(eventId: $id, key: $key, alt: $alt) { id } }', {
    id: eventId,
    key,
    alt: cover.alt,
  });
}

// Finds the events by title among the organizer's own, so it also works for a data directory seeded earlier.
const seedEventImages: SeedStep = {
  name: 'event-images',
  async run({ graphqlUrl, tokenFor }) {
    const auth = { authorization: await tokenFor('organizer') };
    const mine = await callGraphql(graphqlUrl, auth, '{ myEvents(limit: 100) { items { id title image { key } } } }', {});
    const events = (mine.myEvents as { items: { id: string; title: string; image: { key: string } | null }[] }).items;
    const covered = seedEvents.flatMap((seed) => {
      const event = events.find((candidate) => candidate.title === seed.title && !candidate.image);
      return seed.cover && event ? [{ id: event.id, cover: seed.cover }] : [];
    });
    await Promise.all(covered.map(({ id, cover }) => uploadCover(graphqlUrl, auth, id, cover)));
    return `${covered.length} cover images`;
  },
};

/** The seed steps of `npm start`, in order; a step added here reaches existing data directories on their next start. */
export const demoSeedSteps: readonly SeedStep[] = [seedAnnouncementSubscribers, seedDemoEvents, seedEventImages];

/** Just the events: what test stacks get, so suites that count mails or uploads see only their own. */
export const coreSeedSteps: readonly SeedStep[] = [seedDemoEvents];

/** Runs the steps not in `done`, in order; calls `onDone` after each so a failure never repeats earlier steps. */
export async function runSeedSteps(
  steps: readonly SeedStep[],
  done: readonly string[],
  context: SeedContext,
  onDone: (step: string, summary: string) => Promise<void>,
): Promise<void> {
  for (const step of steps.filter((candidate) => !done.includes(candidate.name))) {
    let summary: string;
    try {
      summary = await step.run(context);
    } catch (error) {
      throw new SeedError(step.name, (error as Error).message);
    }
    await onDone(step.name, summary);
  }
}
