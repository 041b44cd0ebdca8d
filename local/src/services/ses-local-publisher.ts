// Event publishing of the SES stand-in, in the parent process: receives each accepted send from the stand-in's
// process, and a little later hands the configuration set's event records to a callback, the event destination,
// as SES publishes to SNS: asynchronously, after the send call has returned.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sesEventRecords, type SesEventRecord, type SesEventType } from './ses-event-records';
import type { SentMail } from './ses-local-sent-mail';

export type SesEventPublishing = {
  /** Only mail sent through this configuration set (ConfigurationSetName or X-SES-CONFIGURATION-SET) publishes. */
  configurationSet: string;
  /** The event types the destination takes. */
  eventTypes: readonly SesEventType[];
  /** The destination, called once per event record. A failure is logged; like SNS, nothing is retried here. */
  publish: (record: SesEventRecord) => void | Promise<void>;
  /** Time from the send call's answer to its events (default 200 ms; SES takes a few seconds). */
  latencyMs?: number;
};

export type SesEventPublisher = {
  /** Where the stand-in's process reports each accepted send (POST, JSON SentMail). */
  url: string;
  /** Resolves once every event reported so far has been handed to the destination. */
  idle(): Promise<void>;
  /** Stops receiving; events not yet published are dropped. */
  close(): Promise<void>;
};

const DEFAULT_LATENCY_MS = 200;

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function isSentMail(value: unknown): value is SentMail {
  const mail = value as SentMail | null;
  return typeof mail?.messageId === 'string' && typeof mail.timestamp === 'string' && Array.isArray(mail.destination) && Array.isArray(mail.headers);
}

export async function startSesEventPublisher(options: SesEventPublishing, log: (line: string) => void): Promise<SesEventPublisher> {
  // A secret path: any local process can reach the port, only the stand-in knows where to post.
  const path = `/${randomUUID()}`;
  const latencyMs = options.latencyMs ?? DEFAULT_LATENCY_MS;
  const scheduled = new Map<NodeJS.Timeout, () => void>();
  const pending = new Set<Promise<void>>();

  async function publishAll(mail: SentMail): Promise<void> {
    const records = sesEventRecords(mail, { at: new Date() }).filter((record) => options.eventTypes.includes(record.eventType));
    for (const record of records) {
      try {
        await options.publish(record);
      } catch (error) {
        log(`SES event destination failed on ${record.eventType} of ${mail.messageId}: ${(error as Error).message}`);
      }
    }
  }

  function schedule(mail: SentMail): void {
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        scheduled.delete(timer);
        void publishAll(mail).finally(resolve);
      }, latencyMs);
      scheduled.set(timer, resolve);
    });
    pending.add(done);
    void done.finally(() => pending.delete(done));
  }

  const server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== path) {
      response.writeHead(404).end();
      return;
    }
    bodyOf(request).then(
      (text) => {
        let mail: unknown;
        try {
          mail = JSON.parse(text);
        } catch {
          mail = undefined;
        }
        if (!isSentMail(mail)) {
          response.writeHead(400).end();
          return;
        }
        response.writeHead(204).end();
        // SES publishes only for mail sent through a configuration set with a destination.
        if (mail.configurationSet === options.configurationSet) schedule(mail);
      },
      () => response.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the kernel picks a free one and nobody can take it between choosing and binding.
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${path}`,
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    async close() {
      for (const [timer, resolve] of scheduled) {
        clearTimeout(timer);
        resolve();
      }
      scheduled.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
