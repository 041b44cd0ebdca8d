// Child-process entry of the SES stand-in (started by ses-local.ts, imported by nothing): runs aws-ses-v2-local
// 2.10.2, keeps each raw mail's header section on the stored mail as `rawHeaders` (the stand-in drops it), answers
// for the mailbox simulator's ooto@ address, and reports every accepted send to `--publish-url` when given.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomInt } from 'node:crypto';
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
const store = requireCjs('aws-ses-v2-local/dist/store') as { saveEmail(email: StoredEmail): void };
const sendRoutes = ['v1/sendRawEmail', 'v1/sendEmail', 'v2/sendEmail'].map((name) => requireCjs(`aws-ses-v2-local/dist/${name}`) as { default: Route });
const startServer = (requireCjs('aws-ses-v2-local') as { default(config: { host: string; port: number }): Promise<Server> }).default;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

const port = Number(argument('--port'));
const publishUrl = argument('--publish-url');
if (!Number.isInteger(port)) {
  console.error('usage: ses-local-server --port <n> [--publish-url <url>]');
  process.exit(2);
}

const currentSend = new AsyncLocalStorage<{ request: SendRequest; res: Response }>();

const saveEmail = store.saveEmail;

function afterSend(mail: SentMail): void {
  for (const recipient of mail.destination.filter((address) => simulatorScenario(address) === 'ooto')) {
    const reply = outOfOfficeReply(recipient, mail.source, mail.headers);
    saveEmail({
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
  saveEmail({ ...email, rawHeaders: send?.request.rawHeaders });
  if (!send) return;
  // Reported once the answer is out, so what follows a send never overtakes it.
  send.res.once('finish', () => {
    if (send.res.statusCode === 200) afterSend(sentMailOf(send.request, email as unknown as StoredSend));
  });
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

// No SIGTERM handler: the store lives in memory only, so the default exit loses nothing a graceful close would keep.
await startServer({ host: '127.0.0.1', port });
console.log(`aws-ses-v2-local listening on http://127.0.0.1:${port}${publishUrl ? ', publishing send events' : ''}`);
