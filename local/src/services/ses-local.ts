// Runs aws-ses-v2-local@2.10.2 (through ses-local-server.ts) as a child process on 127.0.0.1, optionally with
// SES event publishing for one configuration set (mailbox simulator outcomes included), and reads its in-memory
// mailbox back in the shape of design.md §7 `mailboxUrl`. Mail is kept across restarts in `mailFile` when given,
// otherwise lost when the stand-in stops.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startChild, type ChildHandle } from './child-process';
import type { MailHeader } from './mail-headers';
import { assertPortFree } from './ports';
import { startSesEventPublisher, type SesEventPublishing } from './ses-local-publisher';

export type SesLocal = {
  endpoint: string;
  storeUrl: string;
  /** Resolves once every event of the mail sent so far has reached the destination (at once without `events`). */
  idle(): Promise<void>;
  stop(): Promise<void>;
  child: ChildHandle;
};

export type StartSesLocalOptions = {
  port: number;
  portEnvVar?: string;
  readyTimeoutMs?: number;
  onLine?: (line: string) => void;
  /** Publish SES events of mail sent through a configuration set to a callback (SES → SNS, in process). */
  events?: SesEventPublishing;
  /** JSON Lines file the mailbox is loaded from at start and each sent mail appended to; `/clear-store` empties it. */
  mailFile?: string;
};

export type MailboxMessage = {
  messageId: string;
  /** Bare addresses, lower case as sent. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header names in lower case; for raw mails every header of the message, for simple mails the custom ones. */
  headers: Record<string, string>;
  attachments: Array<{ filename: string; contentType: string; contentBase64: string }>;
  /** When the stand-in accepted it (whole seconds). */
  sentAt: string;
};

type StoredEmail = {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments?: Array<{ filename?: string; contentType?: string; content?: string }>;
  headers?: MailHeader[];
  rawHeaders?: MailHeader[];
  at: number;
};

const SERVER_ENTRY = fileURLToPath(new URL('./ses-local-server.ts', import.meta.url));

export async function startSesLocal(opts: StartSesLocalOptions): Promise<SesLocal> {
  await assertPortFree(opts.port, opts.portEnvVar ?? 'the SES (aws-ses-v2-local) port');
  const endpoint = `http://127.0.0.1:${opts.port}`;
  // The child runs a TypeScript entry, so it loads tsx the way `npm start` itself runs.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const publisher = opts.events ? await startSesEventPublisher(opts.events, opts.onLine ?? (() => {})) : undefined;
  let child: ChildHandle;
  try {
    child = await startChild({
      name: 'aws-ses-v2-local',
      command: process.execPath,
      args: [
        '--import', tsx, SERVER_ENTRY, '--port', String(opts.port),
        ...(publisher ? ['--publish-url', publisher.url] : []),
        ...(opts.mailFile ? ['--mail-file', opts.mailFile] : []),
      ],
      ready: async () => (await fetch(`${endpoint}/health-check`, { signal: AbortSignal.timeout(1_000) })).ok,
      readyTimeoutMs: opts.readyTimeoutMs ?? 15_000,
      onLine: opts.onLine,
    });
  } catch (error) {
    await publisher?.close();
    throw error;
  }
  return {
    endpoint,
    storeUrl: `${endpoint}/store`,
    idle: async () => publisher?.idle(),
    stop: async () => {
      await publisher?.close();
      await child.stop();
    },
    child,
  };
}

/** `"Doe, Jane" <Jane@x.org>, b@y.org` → the bare addresses; the stand-in keeps each To header as one string. */
export function addressesOf(headerTexts: readonly string[]): string[] {
  return headerTexts.flatMap((text) => {
    const bracketed = [...text.matchAll(/<([^<>\s]+@[^<>\s]+)>/g)].map((m) => m[1]);
    return bracketed.length ? bracketed : text.split(',').map((part) => part.trim()).filter(Boolean);
  });
}

export function toMailboxMessage(email: StoredEmail): MailboxMessage {
  const headers = Object.fromEntries((email.rawHeaders ?? email.headers ?? []).map((h) => [h.name.toLowerCase(), h.value]));
  return {
    messageId: email.messageId,
    to: addressesOf(email.destination.to),
    from: email.from,
    subject: email.subject,
    text: email.body.text ?? '',
    html: email.body.html ?? '',
    headers,
    attachments: (email.attachments ?? []).map((a) => ({
      filename: a.filename ?? '',
      contentType: a.contentType ?? 'application/octet-stream',
      contentBase64: a.content ?? '',
    })),
    sentAt: new Date(email.at * 1000).toISOString(),
  };
}

/** Every mail the stand-in accepted, oldest first. */
export async function readMailbox(storeUrl: string): Promise<MailboxMessage[]> {
  const res = await fetch(storeUrl, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`SES stand-in mailbox ${storeUrl} answered ${res.status}`);
  const { emails } = (await res.json()) as { emails: StoredEmail[] };
  return emails.map(toMailboxMessage);
}
