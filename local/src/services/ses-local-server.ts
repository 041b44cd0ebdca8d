// Child-process entry of the SES stand-in (started by ses-local.ts, imported by nothing): runs aws-ses-v2-local
// 2.10.2, keeps each raw mail's header section on the stored mail as `rawHeaders` (the stand-in drops it), answers
// for the mailbox simulator's ooto@ address, and reports every accepted send to `--publish-url` when given. With
// `--mail-file`, the store survives restarts: loaded from that JSON Lines file at start, each saved mail appended.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomInt } from 'node:crypto';
import { appendFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { parseHeaderSection } from './mail-headers';
import { sentMailOf, type SendRequest, type SentMail, type StoredSend } from './ses-local-sent-mail';
import { outOfOfficeReply, simulatorScenario } from './ses-mailbox-simulator';

type StoredEmail = Record<string, unknown>;
type Request = { body?: Record<string, unknown>; headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } };
type Response = { statusCode: number; once(event: 'finish', listener: () => void): unknown };
type Route = (req: Request, res: Response, next: unknown) => unknown;

const requireCjs = createRequire(import.meta.url);
// Patched through the modules' export objects: the stand-in reads the v1 routes through them on every request,
// the v2 one when it builds its app, which happens after this.
const store = requireCjs('aws-ses-v2-local/dist/store') as { saveEmail(email: StoredEmail): void; clearStore(): void };
const sendRoutes = ['v1/sendRawEmail', 'v1/sendEmail', 'v2/sendEmail'].map((name) => requireCjs(`aws-ses-v2-local/dist/${name}`) as { default: Route });
const startServer = (requireCjs('aws-ses-v2-local') as { default(config: { host: string; port: number }): Promise<Server> }).default;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

const port = Number(argument('--port'));
const publishUrl = argument('--publish-url');
const mailFile = argument('--mail-file');
if (!Number.isInteger(port)) {
  console.error('usage: ses-local-server --port <n> [--publish-url <url>] [--mail-file <path>]');
  process.exit(2);
}

const currentSend = new AsyncLocalStorage<{ request: SendRequest; res: Response }>();

const saveEmail = store.saveEmail;
const clearStore = store.clearStore;

/** The stored mails of `file`, oldest first; a torn last line (a crash mid-append) is cut off the file. */
function loadMailFile(file: string): StoredEmail[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  if (complete.length < text.length) {
    // Cut, not just skipped: the next append would otherwise continue the torn line and be lost with it.
    truncateSync(file, Buffer.byteLength(complete));
    console.error(`${file}: skipped a torn last line (${text.length - complete.length} characters)`);
  }
  return complete
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StoredEmail);
}

/** Into the stand-in's store and, with --mail-file, on disk first: a mail the API answered 200 for survives a crash. */
function keepEmail(email: StoredEmail): void {
  if (mailFile) appendFileSync(mailFile, `${JSON.stringify(email)}\n`);
  saveEmail(email);
}

function afterSend(mail: SentMail): void {
  for (const recipient of mail.destination.filter((address) => simulatorScenario(address) === 'ooto')) {
    const reply = outOfOfficeReply(recipient, mail.source, mail.headers);
    keepEmail({
      messageId: `ses-${randomInt(100_000_000, 1_000_000_000)}`,
      from: reply.from,
      replyTo: [],
      destination: { to: [reply.to], cc: [], bcc: [] },
      subject: reply.subject,
      body: { text: reply.text },
      attachments: [],
      headers: reply.headers,
      at: Math.floor(Date.now() / 1000),
    });
  }
  if (!publishUrl) return;
  fetch(publishUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mail), signal: AbortSignal.timeout(5_000) })
    .then((response) => {
      if (!response.ok) console.error(`event publishing refused ${mail.messageId}: HTTP ${response.status}`);
    })
    .catch((error: Error) => console.error(`event publishing failed for ${mail.messageId}: ${error.message}`));
}

store.saveEmail = (email) => {
  const send = currentSend.getStore();
  keepEmail({ ...email, rawHeaders: send?.request.rawHeaders });
  if (!send) return;
  // Reported once the answer is out, so what follows a send never overtakes it.
  send.res.once('finish', () => {
    if (send.res.statusCode === 200) afterSend(sentMailOf(send.request, email as unknown as StoredSend));
  });
};

// POST /clear-store: cleared mail must not come back after a restart.
store.clearStore = () => {
  if (mailFile) writeFileSync(mailFile, '');
  clearStore();
};

for (const route of sendRoutes) {
  const send = route.default;
  route.default = (req, res, next) => {
    const body = req.body ?? {};
    const raw = body['RawMessage.Data'] ?? (body.Content as { Raw?: { Data?: unknown } } | undefined)?.Raw?.Data;
    const authorization = req.headers.authorization;
    const request: SendRequest = {
      body,
      authorization: typeof authorization === 'string' ? authorization : undefined,
      sourceIp: req.socket.remoteAddress,
      receivedAt: Date.now(),
      rawHeaders: typeof raw === 'string' ? parseHeaderSection(Buffer.from(raw, 'base64')) : undefined,
    };
    return currentSend.run({ request, res }, () => send(req, res, next));
  };
}

// The original saveEmail: loading appends nothing, publishes no events and sends no out-of-office replies again.
const loaded = mailFile ? loadMailFile(mailFile) : [];
for (const email of loaded) saveEmail(email);
// No SIGTERM handler: every mail is on disk (or nowhere) the moment it is saved, so a graceful close would keep no more.
await startServer({ host: '127.0.0.1', port });
console.log(
  `aws-ses-v2-local listening on http://127.0.0.1:${port}${publishUrl ? ', publishing send events' : ''}` +
    (mailFile ? `, ${loaded.length} mails loaded from ${mailFile}` : ''),
);
