// A reverse proxy in front of s3rver that refuses browser uploads (POST object) whose signed policy S3 would refuse.
// Everything else, and every accepted upload, is forwarded byte for byte; s3rver still serves CORS itself.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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

function forward(upstream: URL, req: IncomingMessage, res: ServerResponse, body?: Buffer): void {
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
  if (body) out.end(body);
  else req.pipe(out);
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
  forward(upstream, req, res, body);
}

export function createS3PostGate(opts: S3PostGateOptions): Server {
  const upstream = new URL(opts.upstream);
  return createServer((req, res) => {
    const bucket = isBrowserUpload(req);
    if (bucket === undefined) return forward(upstream, req, res);
    gateUpload(bucket, req, res, opts, upstream).catch((error: Error) => {
      if (!res.headersSent) refuse(req, res, opts.corsOrigins, 500, 'InternalError', error.message);
      else res.destroy(error);
    });
  });
}
