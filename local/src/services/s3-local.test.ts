// Tests for the s3rver launcher: buckets and CORS provisioned, browser POST uploads judged by their policy like S3,
// object tag sets kept like S3 keeps them, objects persisting across a restart, and a clean stop.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectTaggingCommand, GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPost } from '@aws-sdk/s3-presigned-post';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freePort } from './ports';
import { createLocalS3Client, startS3Local, type S3Local } from './s3-local';

const ORIGIN = 'http://localhost:5173';
const running: S3Local[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(running.splice(0).map((s3) => s3.stop()));
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(dataDir?: string): Promise<S3Local> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'herald-s3-')));
  if (!dataDir) tempDirs.push(dir);
  const s3 = await startS3Local({ port: await freePort(), dataDir: dir, buckets: ['media'], corsOrigins: [ORIGIN] });
  running.push(s3);
  return s3;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** What a browser sends: every returned field, then the file last. */
function browserForm(post: PresignedPost, bytes: number, type = 'image/png'): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(post.fields)) form.append(name, value);
  form.append('file', new Blob([Buffer.alloc(bytes, 7)], { type }), 'photo.png');
  return form;
}

const PENDING = '<Tagging><TagSet><Tag><Key>herald-upload</Key><Value>pending</Value></Tag></TagSet></Tagging>';

async function presign(s3: S3Local, key = 'events/e1/photo.png', tagging?: string): Promise<PresignedPost> {
  const client = createLocalS3Client(s3.endpoint);
  try {
    return await createPresignedPost(client, {
      Bucket: 'media',
      Key: key,
      Conditions: [['content-length-range', 1, 1024], ['eq', '$Content-Type', 'image/png'], ...(tagging === undefined ? [] : [['eq', '$tagging', tagging] as ['eq', string, string]])],
      Fields: { 'Content-Type': 'image/png', ...(tagging === undefined ? {} : { tagging }) },
      Expires: 300,
    });
  } finally {
    client.destroy();
  }
}

describe('startS3Local', () => {
  it('serves the bucket on 127.0.0.1 with CORS for the given origins only', async () => {
    // Prepare
    const began = Date.now();
    const s3 = await start();
    const startMs = Date.now() - began;
    const preflight = (origin: string) =>
      fetch(`${s3.endpoint}/media`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });

    // Act
    const [allowed, other] = await Promise.all([preflight(ORIGIN), preflight('http://elsewhere.example')]);

    // Assess
    console.info(`s3rver ready in ${startMs} ms`);
    expect(s3.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(other.status).toBe(403);
  });

  it('stores a browser-style multipart upload made with presigned POST fields', async () => {
    // Prepare
    const s3 = await start();
    const post = await presign(s3);

    // Act
    const res = await fetch(post.url, { method: 'POST', body: browserForm(post, 100), headers: { origin: ORIGIN } });
    const client = createLocalS3Client(s3.endpoint);
    const head = await client.send(new HeadObjectCommand({ Bucket: 'media', Key: 'events/e1/photo.png' }));
    client.destroy();

    // Assess
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect([head.ContentType, head.ContentLength]).toEqual(['image/png', 100]);
  });

  it.each([
    ['an expired policy', { ageMs: 301_000 }, 403, 'Policy expired'],
    ['an oversized file', { bytes: 2048 }, 400, 'EntityTooLarge'],
    ['another content type', { type: 'text/html' }, 403, '$Content-Type'],
    ['a key outside the signed one', { key: 'events/other/x.png' }, 403, '"$key"'],
  ])('refuses %s like S3 and stores nothing', async (_case, change: { ageMs?: number; bytes?: number; type?: string; key?: string }, status, fragment) => {
    // Prepare
    const s3 = await start();
    if (change.ageMs) vi.useFakeTimers({ now: Date.now() - change.ageMs, toFake: ['Date'] });
    const post = await presign(s3);
    vi.useRealTimers();
    const form = browserForm(post, change.bytes ?? 10);
    if (change.type) form.set('Content-Type', change.type);
    if (change.key) form.set('key', change.key);

    // Act
    const res = await fetch(post.url, { method: 'POST', body: form, headers: { origin: ORIGIN } });
    const client = createLocalS3Client(s3.endpoint);
    const stored = await client.send(new HeadObjectCommand({ Bucket: 'media', Key: change.key ?? 'events/e1/photo.png' })).then(
      () => true,
      () => false,
    );
    client.destroy();

    // Assess
    expect(res.status).toBe(status);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await res.text()).toContain(fragment);
    expect(stored).toBe(false);
  });

  it('keeps the tag set a POST upload was signed with, replaces it on the next POST, and clears it on DeleteObjectTagging', async () => {
    // Prepare
    const s3 = await start();
    const client = createLocalS3Client(s3.endpoint);
    const tagsOf = async () => (await client.send(new GetObjectTaggingCommand({ Bucket: 'media', Key: 'events/e1/photo.png' }))).TagSet;
    const upload = async (tagging?: string) => {
      const post = await presign(s3, 'events/e1/photo.png', tagging);
      return (await fetch(post.url, { method: 'POST', body: browserForm(post, 10), headers: { origin: ORIGIN } })).status;
    };
    const clear = () => client.send(new DeleteObjectTaggingCommand({ Bucket: 'media', Key: 'events/e1/photo.png' }));

    try {
      // Act
      const statuses = [await upload(PENDING)];
      const uploaded = await tagsOf();
      const cleared = [(await clear()).$metadata.httpStatusCode, (await clear()).$metadata.httpStatusCode];
      const afterClear = await tagsOf();
      statuses.push(await upload(PENDING), await upload());
      const afterUntaggedUpload = await tagsOf();
      const missing = await client.send(new DeleteObjectTaggingCommand({ Bucket: 'media', Key: 'events/e1/none.png' })).catch((error: Error) => error.name);

      // Assess
      expect(statuses).toEqual([204, 204, 204]);
      expect(uploaded).toEqual([{ Key: 'herald-upload', Value: 'pending' }]);
      expect(cleared).toEqual([204, 204]);
      expect(afterClear).toEqual([]);
      expect(afterUntaggedUpload).toEqual([]);
      expect(missing).toBe('NoSuchKey');
    } finally {
      client.destroy();
    }
  });

  it.each([
    ['a tagging field that is not XML', 'herald-upload=pending', 'MalformedXML'],
    ['more than ten tags', `<Tagging><TagSet>${'<Tag><Key>k</Key><Value>v</Value></Tag>'.repeat(11)}</TagSet></Tagging>`, 'InvalidTag'],
  ])('refuses a signed POST with %s like S3 and stores nothing', async (_case, tagging, code) => {
    // Prepare
    const s3 = await start();
    const post = await presign(s3, 'events/e1/photo.png', tagging);

    // Act
    const res = await fetch(post.url, { method: 'POST', body: browserForm(post, 10), headers: { origin: ORIGIN } });
    const stored = await fetch(`${s3.endpoint}/media/events/e1/photo.png`, { method: 'HEAD' });

    // Assess
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`<Code>${code}</Code>`);
    expect(stored.status).toBe(404);
  });

  it('keeps objects across a restart on the same data dir, and stop() leaves no process', async () => {
    // Prepare
    const dataDir = await mkdtemp(join(tmpdir(), 'herald-s3-'));
    tempDirs.push(dataDir);
    const first = await start(dataDir);
    const writer = createLocalS3Client(first.endpoint);
    await writer.send(new PutObjectCommand({ Bucket: 'media', Key: 'kept.txt', Body: 'kept', ContentType: 'text/plain' }));
    writer.destroy();
    await first.stop();

    // Act
    const second = await start(dataDir);
    const reader = createLocalS3Client(second.endpoint);
    const body = await (await reader.send(new GetObjectCommand({ Bucket: 'media', Key: 'kept.txt' }))).Body?.transformToString();
    reader.destroy();

    // Assess
    expect(body).toBe('kept');
    expect(isAlive(first.child.pid)).toBe(false);
  });
});
