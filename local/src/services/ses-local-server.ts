// Child-process entry of the SES stand-in (started by ses-local.ts, imported by nothing): runs aws-ses-v2-local
// 2.10.2 and keeps each SendRawEmail's header section on the stored mail as `rawHeaders`, which the stand-in drops.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { parseHeaderSection } from './mail-headers';

type StoredEmail = Record<string, unknown>;
type Route = (req: { body: Record<string, unknown> }, res: unknown, next: unknown) => Promise<void>;

const requireCjs = createRequire(import.meta.url);
// Patched through the modules' export objects: the stand-in calls both through them on every request.
const store = requireCjs('aws-ses-v2-local/dist/store') as { saveEmail(email: StoredEmail): void };
const rawRoute = requireCjs('aws-ses-v2-local/dist/v1/sendRawEmail') as { default: Route };
const startServer = (requireCjs('aws-ses-v2-local') as { default(config: { host: string; port: number }): Promise<Server> }).default;

const headersOfCurrentRequest = new AsyncLocalStorage<Array<{ name: string; value: string }>>();

const saveEmail = store.saveEmail;
store.saveEmail = (email) => saveEmail({ ...email, rawHeaders: headersOfCurrentRequest.getStore() });

const sendRawEmail = rawRoute.default;
rawRoute.default = (req, res, next) => {
  const data = req.body['RawMessage.Data'];
  const headers = typeof data === 'string' ? parseHeaderSection(Buffer.from(data, 'base64')) : [];
  return headersOfCurrentRequest.run(headers, () => sendRawEmail(req, res, next));
};

const portArg = process.argv.indexOf('--port');
const port = Number(process.argv[portArg + 1]);
if (portArg < 0 || !Number.isInteger(port)) {
  console.error('usage: ses-local-server --port <n>');
  process.exit(2);
}
// No SIGTERM handler: the store lives in memory only, so the default exit loses nothing a graceful close would keep.
await startServer({ host: '127.0.0.1', port });
console.log(`aws-ses-v2-local listening on http://127.0.0.1:${port}`);
