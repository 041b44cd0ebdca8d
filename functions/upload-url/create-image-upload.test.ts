// Tests for the presigned-POST grant: payload rules, and the grant used by a browser against the real S3 stand-in.
import { GetObjectTaggingCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createS3Client } from '../lib/clients';
import { ValidationError } from '../lib/errors';
import { startLocalAws, TEST_BUCKET, type LocalAws } from '../test-support/local-aws';
import { createImageUpload, parseUploadRequest, PENDING_UPLOAD_TAGGING, UPLOAD_TTL_SECONDS, type UploadGrant } from './create-image-upload';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('parseUploadRequest', () => {
  it.each([
    ['a missing event id', { contentType: 'image/png', contentLength: 10 }, 'eventId'],
    ['an event id with a slash', { eventId: 'a/../b', contentType: 'image/png', contentLength: 10 }, 'eventId'],
    ['an SVG (scriptable)', { eventId: 'e1', contentType: 'image/svg+xml', contentLength: 10 }, 'contentType'],
    ['an empty file', { eventId: 'e1', contentType: 'image/png', contentLength: 0 }, 'contentLength'],
    ['a file over 10 MB', { eventId: 'e1', contentType: 'image/png', contentLength: 10 * 1024 * 1024 + 1 }, 'contentLength'],
    ['a fractional length', { eventId: 'e1', contentType: 'image/png', contentLength: 1.5 }, 'contentLength'],
  ])('refuses %s', (_case, payload, field) => {
    // Act
    const parse = () => parseUploadRequest(payload);

    // Assess
    expect(parse).toThrow(ValidationError);
    expect(parse).toThrow(field);
  });

  it('normalizes the content type', () => {
    // Act
    const request = parseUploadRequest({ eventId: 'e1', contentType: ' Image/JPEG ', contentLength: 10 * 1024 * 1024 });

    // Assess
    expect(request).toEqual({ eventId: 'e1', contentType: 'image/jpeg', contentLength: 10 * 1024 * 1024 });
  });
});

describe('createImageUpload against s3rver', () => {
  let aws: LocalAws;
  let s3: ReturnType<typeof createS3Client>;

  beforeAll(async () => {
    aws = await startLocalAws({ s3: true });
    s3 = createS3Client(aws.env);
  });
  afterAll(async () => {
    s3?.destroy();
    await aws?.stop();
  });

  function browserUpload(grant: UploadGrant, file: Buffer, type = 'image/png'): Promise<Response> {
    const form = new FormData();
    for (const [name, value] of Object.entries(JSON.parse(grant.fields) as Record<string, string>)) form.append(name, value);
    form.append('file', new Blob([file], { type }), 'cover.png');
    return fetch(grant.url, { method: 'POST', body: form, headers: { origin: 'http://localhost:5173' } });
  }

  const exists = (key: string) =>
    s3.send(new HeadObjectCommand({ Bucket: TEST_BUCKET, Key: key })).then(
      () => true,
      () => false,
    );

  it('grants a 5-minute POST for a fresh key under the event prefix that a browser-style upload can use', async () => {
    // Prepare
    const now = new Date('2026-11-22T10:00:00Z');

    // Act
    const grant = await createImageUpload({ s3, bucket: TEST_BUCKET, now: () => now }, { eventId: 'e1', contentType: 'image/png', contentLength: PNG.length });
    const res = await browserUpload(grant, PNG);
    const head = await s3.send(new HeadObjectCommand({ Bucket: TEST_BUCKET, Key: grant.key }));
    const tagging = await s3.send(new GetObjectTaggingCommand({ Bucket: TEST_BUCKET, Key: grant.key }));

    // Assess
    expect(grant.key).toMatch(/^events\/e1\/[0-9a-f-]{36}\.png$/);
    expect(grant.expiresAt).toBe(new Date(now.getTime() + UPLOAD_TTL_SECONDS * 1000).toISOString());
    expect(JSON.parse(grant.fields)).toMatchObject({ key: grant.key, 'Content-Type': 'image/png', tagging: PENDING_UPLOAD_TAGGING });
    expect(res.status).toBe(204);
    expect([head.ContentType, head.ContentLength]).toEqual(['image/png', PNG.length]);
    // The tag the images bucket's lifecycle rule expires after a day (cdk/lib/constructs/image-store.ts).
    expect(tagging.TagSet).toEqual([{ Key: 'herald-upload', Value: 'pending' }]);
  });

  it('signs an exact-match condition on the tagging document, so a browser can neither drop nor change the tag', async () => {
    // Act
    const grant = await createImageUpload({ s3, bucket: TEST_BUCKET }, { eventId: 'e1', contentType: 'image/png', contentLength: PNG.length });
    const policy = JSON.parse(Buffer.from(JSON.parse(grant.fields).Policy, 'base64').toString('utf8')) as { conditions: unknown[] };

    // Assess
    expect(PENDING_UPLOAD_TAGGING).toBe('<Tagging><TagSet><Tag><Key>herald-upload</Key><Value>pending</Value></Tag></TagSet></Tagging>');
    // Only exact matches (the SDK also signs every field as one): no starts-with a browser could satisfy otherwise.
    expect(policy.conditions.filter((c) => JSON.stringify(c).includes('tagging'))).toEqual([['eq', '$tagging', PENDING_UPLOAD_TAGGING], { tagging: PENDING_UPLOAD_TAGGING }]);
  });

  it('is refused by the store once the policy has expired', async () => {
    // Prepare
    vi.useFakeTimers({ now: Date.now() - (UPLOAD_TTL_SECONDS + 5) * 1000, toFake: ['Date'] });
    const grant = await createImageUpload({ s3, bucket: TEST_BUCKET }, { eventId: 'e1', contentType: 'image/png', contentLength: PNG.length });
    vi.useRealTimers();

    // Act
    const res = await browserUpload(grant, PNG);

    // Assess
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Policy expired');
  });

  it.each([
    ['another content type than granted', { type: 'text/html' }, 403],
    ['a file over 10 MB', { bytes: 10 * 1024 * 1024 + 1 }, 400],
    ['a key other than granted', { key: 'events/e2/x.png' }, 403],
    ['the tagging field dropped (an upload that would never expire)', { tagging: null }, 403],
    ['another tag value', { tagging: PENDING_UPLOAD_TAGGING.replace('pending', 'kept') }, 403],
  ])('is refused by the store for %s', async (_case, change: { type?: string; bytes?: number; key?: string; tagging?: string | null }, status) => {
    // Prepare
    const grant = await createImageUpload({ s3, bucket: TEST_BUCKET }, { eventId: 'e1', contentType: 'image/png', contentLength: PNG.length });
    const fields = { ...JSON.parse(grant.fields), ...(change.type ? { 'Content-Type': change.type } : {}), ...(change.key ? { key: change.key } : {}) };
    if (change.tagging === null) delete fields.tagging;
    else if (change.tagging) fields.tagging = change.tagging;

    // Act
    const res = await browserUpload({ ...grant, fields: JSON.stringify(fields) }, change.bytes ? Buffer.alloc(change.bytes) : PNG);

    // Assess
    expect(res.status).toBe(status);
    expect(await exists(grant.key)).toBe(false);
  });
});
