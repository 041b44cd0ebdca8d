// Announcement of a published event to 10,000 subscribers: the announce Lambda's own path (runAnnouncement
// with the settings its handler derives) against DynamoDB Local and aws-ses-v2-local, seeded by the fan-out
// tests' support code; time, SES calls, mails/s, and each recipient's mails read back from the SES mailbox.
import { randomUUID } from 'node:crypto';
import { createSesClient } from '../functions/lib/clients';
import { createDocumentClient } from '../functions/lib/document-client';
import { silentLog } from '../functions/lib/log';
import { systemClock } from '../functions/lib/pacer';
import { sesRawSender, type SendRawMail } from '../functions/lib/ses-send';
import { runAnnouncement, type AnnouncePayload, type AnnounceResult } from '../functions/announce/run-announcement';
import { startLocalAws, TEST_TABLE } from '../functions/test-support/local-aws';
import { publishedEvent, seedPublishedEvent, seedSubscribers, shouldReceive, subscriberMix } from '../functions/test-support/seed';
import { readMailbox } from '../local/src/services/ses-local';
import type { BenchModule, BenchRow } from './types';

/** The list size (the fan-out test reads the same variable, with a smaller default). */
const SUBSCRIBERS = Number(process.env.HERALD_ANNOUNCE_SUBSCRIBERS ?? 10_000);
/** The stand-in has no send quota; this high an account rate leaves the engine as the only bound. */
const MAX_SEND_RATE = '5000';
/** A Lambda's longest run; a continuation takes over when one ends. */
const INVOCATION_MS = 15 * 60_000;
const MAX_INVOCATIONS = 50;

export const bench: BenchModule = {
  name: 'announce',
  async run() {
    // Imported here: the handler module builds its production clients when loaded, which only this bench needs.
    const { readAnnounceConfig } = await import('../functions/announce/handler');
    const { settings } = readAnnounceConfig({
      TABLE_NAME: TEST_TABLE,
      SENDER: 'Herald <no-reply@herald.test>',
      PUBLIC_BASE_URL: 'https://herald.test',
      UNSUBSCRIBE_URL: 'https://herald.test/unsubscribe',
      MAX_SEND_RATE,
    });
    const aws = await startLocalAws({ dynamodb: true, ses: true });
    const db = createDocumentClient(aws.env);
    const ses = createSesClient(aws.env);
    try {
      const subscribers = subscriberMix(SUBSCRIBERS, 'sub');
      const expected = new Set(subscribers.filter(shouldReceive).map((subscriber) => subscriber.email));
      const seedStarted = performance.now();
      await seedSubscribers(db, TEST_TABLE, subscribers);
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      const event = publishedEvent(`bench-${randomUUID().slice(0, 8)}`);
      await seedPublishedEvent(db, TEST_TABLE, event);

      const sesSend = sesRawSender(ses);
      let sesCalls = 0;
      const send: SendRawMail = (mail) => ((sesCalls += 1), sesSend(mail));
      // Each continuation runs when the one before has returned, as Lambda's async queue would start it.
      const queue: AnnouncePayload[] = [{ eventId: event.id }];
      const results: AnnounceResult[] = [];
      const started = performance.now();
      while (queue.length > 0) {
        if (results.length === MAX_INVOCATIONS) throw new Error(`the announcement did not complete within ${MAX_INVOCATIONS} invocations`);
        const invokedAt = Date.now();
        const result = await runAnnouncement(
          {
            db,
            table: TEST_TABLE,
            send,
            reportProgress: async () => {},
            reinvoke: async (next) => void queue.push(next),
            remainingMs: () => INVOCATION_MS - (Date.now() - invokedAt),
            clock: systemClock,
            random: Math.random,
            newId: randomUUID,
            log: silentLog,
            settings,
          },
          queue.shift()!,
        );
        results.push(result);
      }
      const seconds = (performance.now() - started) / 1000;

      const perRecipient = new Map<string, number>();
      for (const mail of await readMailbox(aws.storeUrl!)) for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      const duplicates = [...perRecipient.values()].reduce((sum, count) => sum + count - 1, 0);
      const lost = [...expected].filter((email) => !perRecipient.has(email)).length;
      const unexpected = [...perRecipient.keys()].filter((email) => !expected.has(email)).length;
      const final = results.at(-1);
      if (final?.outcome !== 'COMPLETED') throw new Error(`the announcement ended ${final?.outcome}, not COMPLETED`);

      const label = `${SUBSCRIBERS.toLocaleString('en-US')} subscribers, ${expected.size.toLocaleString('en-US')} recipients, ${settings.concurrency} in flight`;
      const row = (metric: string, value: number, unit: string): BenchRow => ({ case: label, metric, value, unit });
      return [
        row('seed subscribers (BatchWriteItem)', seedSeconds, 's'),
        row('time to COMPLETED', seconds, 's'),
        row('invocations', results.length, 'count'),
        row('SES calls', sesCalls, 'count'),
        row('mails delivered', perRecipient.size, 'count'),
        row('throughput', perRecipient.size / seconds, 'mails/s'),
        row('duplicate mails', duplicates, 'count'),
        row('lost recipients', lost, 'count'),
        row('mails to non-recipients', unexpected, 'count'),
        row('reported sent', final.progress?.sent ?? Number.NaN, 'count'),
      ];
    } finally {
      db.destroy();
      ses.destroy();
      await aws.stop();
    }
  },
};
