// A reverse proxy in front of s3rver that refuses browser uploads (POST object) whose signed policy S3 would refuse,
// and gives objects the tag sets s3rver drops. Everything else is forwarded byte for byte; s3rver serves CORS itself.
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parseTagging, taggingDocument, type Tag } from './s3-object-tagging';
import { evaluatePostPolicy } from './s3-post-policy';

export type S3PostGateOptions = {
  /** s3rver's own address, e.g. http://127.0.0.1:4569. */
  upstream: string;
  secrets: Readonly<Record<string, string>>;
  /** Origins whose browsers may read a refusal (the buckets' CORS origins). */
  corsOrigins: readonly string[];
};

// DIVERGENCE: S3 accepts POST uploads up to 5 GB; a local store buffers the form, so it stops at 64 MB.
const MAX_FORM_BYTES = 64 * 1024 * 1024;

function escapeXml(text: string): string {
  return text.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function refuse(req: IncomingMessage, res: ServerResponse, corsOrigins: readonly string[], status: number, code: string, message: string): void {
  const origin = req.headers.origin;
  // S3 puts CORS headers on errors too, so a browser can show why its upload was refused.
  if (origin && (corsOrigins.includes(origin) || corsOrigins.includes('*'))) res.setHeader('Access-Control-Allow-Origin', origin);
  res.writeHead(status, { 'Content-Type': 'application/xml', Connection: 'close' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`);
}

function forward(upstream: URL, req: IncomingMessage, res: ServerResponse): void {
  const out = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', (error) => {
    if (res.headersSent) res.destroy(error);
    else refuse(req, res, [], 502, 'BadGateway', `s3rver did not answer: ${error.message}`);
  });
  req.pipe(out);
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One buffered call to s3rver, for the requests the gate must see the answer of before replying. */
function exchange(upstream: URL, method: string, path: string, headers: IncomingHttpHeaders, body?: Buffer): Promise<Answer> {
  return new Promise((done, fail) => {
    const out = request({ host: upstream.hostname, port: upstream.port, method, path, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => done({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on('error', fail);
    });
    out.on('error', fail);
    out.end(body);
  });
}

function relay(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

const objectPath = (bucket: string, key: string) => `/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;

// DIVERGENCE: s3rver 3.7.1 ignores the POST `tagging` field and answers DeleteObjectTagging with NotImplemented;
// it does store tags through PutObjectTagging (validating only that the XML is well-formed) and returns them from
// GetObjectTagging. So the gate writes the tag set after each accepted POST (replacing any older set, as S3 does)
// and turns DeleteObjectTagging into a PutObjectTagging of the empty set. Still missing: PutObject's and CopyObject's
// x-amz-tagging header (ignored), GetObject's x-amz-tag-count header, and DeleteObject leaves the old tag set behind
// for a later PutObject to the same key; s3rver also reads number-like tag values back as numbers ("007" → "7").
function writeTags(upstream: URL, bucket: string, key: string, tags: readonly Tag[]): Promise<Answer> {
  const body = Buffer.from(taggingDocument(tags));
  // Unsigned: s3rver lets anonymous requests through, and this one is the gate's own.
  const headers = { 'content-type': 'application/xml', 'content-length': String(body.length) };
  return exchange(upstream, 'PUT', `${objectPath(bucket, key)}?tagging`, headers, body);
}

/** DeleteObjectTagging: s3rver still judges the request (credentials, bucket), then the gate clears the set. */
async function deleteTags(req: IncomingMessage, res: ServerResponse, upstream: URL, bucket: string, key: string): Promise<void> {
  const judged = await exchange(upstream, 'DELETE', req.url ?? '/', req.headers);
  if (judged.status !== 501) return relay(res, judged);
  const cleared = await writeTags(upstream, bucket, key, []);
  if (cleared.status !== 200) return relay(res, cleared);
  const cors = Object.fromEntries(Object.entries(judged.headers).filter(([name]) => name.startsWith('access-control-')));
  res.writeHead(204, cors);
  res.end();
}

/** `DELETE /bucket/key?tagging`: the one object-tagging call s3rver lacks. */
function isDeleteObjectTagging(req: IncomingMessage): { bucket: string; key: string } | undefined {
  if (req.method !== 'DELETE') return undefined;
  const url = new URL(req.url ?? '/', 'http://local');
  const match = /^\/([^/]+)\/(.+)$/.exec(url.pathname);
  return match && url.searchParams.has('tagging') ? { bucket: decodeURIComponent(match[1]), key: decodeURIComponent(match[2]) } : undefined;
}

/** A bucket-level POST with a multipart body is S3's browser upload; `POST /bucket?delete` and friends are not. */
function isBrowserUpload(req: IncomingMessage): string | undefined {
  if (req.method !== 'POST' || !/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) return undefined;
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  const match = /^\/([^/]+)\/?$/.exec(path);
  return match ? decodeURIComponent(match[1]) : undefined;
}

async function readForm(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function gateUpload(bucket: string, req: IncomingMessage, res: ServerResponse, opts: S3PostGateOptions, upstream: URL): Promise<void> {
  const body = await readForm(req);
  if (!body) return refuse(req, res, opts.corsOrigins, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
  let form: FormData;
  try {
    form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: new Uint8Array(body) }).formData();
  } catch {
    return refuse(req, res, opts.corsOrigins, 400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
  }
  const file = form.get('file');
  if (file === null) return refuse(req, res, opts.corsOrigins, 400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
  // A part without a filename arrives as a string field; S3 stores it all the same.
  const fileSize = typeof file === 'string' ? Buffer.byteLength(file) : file.size;
  const fields: Array<[string, string]> = [];
  form.forEach((value, name) => {
    if (typeof value === 'string') fields.push([name, value]);
  });
  const verdict = evaluatePostPolicy({ bucket, fields, fileSize, now: new Date(), secrets: opts.secrets });
  if (!verdict.ok) return refuse(req, res, opts.corsOrigins, verdict.status, verdict.code, verdict.message);
  const field = (name: string) => fields.find(([given]) => given.toLowerCase() === name)?.[1];
  const tagging = field('tagging');
  const tags = tagging === undefined ? { ok: true as const, tags: [] } : parseTagging(tagging);
  if (!tags.ok) return refuse(req, res, opts.corsOrigins, tags.status, tags.code, tags.message);

  const stored = await exchange(upstream, 'POST', req.url ?? '/', req.headers, body);
  const key = field('key');
  if ((stored.status < 300 || stored.status === 303) && key) {
    const tagged = await writeTags(upstream, bucket, key, tags.tags);
    if (tagged.status !== 200) {
      // S3 never keeps half an upload.
      await exchange(upstream, 'DELETE', objectPath(bucket, key), {});
      return refuse(req, res, opts.corsOrigins, 500, 'InternalError', `Storing the tag set failed: ${tagged.body.toString('utf8')}`);
    }
  }
  relay(res, stored);
}

export function createS3PostGate(opts: S3PostGateOptions): Server {
  const upstream = new URL(opts.upstream);
  return createServer((req, res) => {
    const bucket = isBrowserUpload(req);
    const tagged = bucket === undefined ? isDeleteObjectTagging(req) : undefined;
    if (bucket === undefined && !tagged) return forward(upstream, req, res);
    const handled = tagged ? deleteTags(req, res, upstream, tagged.bucket, tagged.key) : gateUpload(bucket!, req, res, opts, upstream);
    handled.catch((error: Error) => {
      if (!res.headersSent) refuse(req, res, opts.corsOrigins, 500, 'InternalError', error.message);
      else res.destroy(error);
    });
  });
}
