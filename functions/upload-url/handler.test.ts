// The cover-image flow through both handlers against the real S3 stand-in: upload-url grants, the browser
// uploads (tagged pending, so abandoned uploads expire), image-check accepts and untags; bad payloads and bad
// objects come back as refusals the resolver can raise.
import { GetObjectTaggingCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../lib/clients';
import { startLocalAws, TEST_BUCKET, type LocalAws } from '../test-support/local-aws';

const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20, 0)]);
let aws: LocalAws;
let uploadUrl: typeof import('./handler').handler;
let imageCheck: typeof import('../image-check/handler').handler;

beforeAll(async () => {
  aws = await startLocalAws({ s3: true });
  Object.assign(process.env, aws.env, { IMAGE_BASE_URL: `${aws.s3Endpoint}/${TEST_BUCKET}` });
  ({ handler: uploadUrl } = await import('./handler'));
  ({ handler: imageCheck } = await import('../image-check/handler'));
});
afterAll(async () => {
  await aws?.stop();
});

describe('upload-url + image-check handlers', () => {
  it('grant → browser upload (tagged pending) → accepted image (untagged, also on a retry)', async () => {
    // Prepare
    const s3 = createS3Client(aws.env);
    const tagsOf = async (key: string) => (await s3.send(new GetObjectTaggingCommand({ Bucket: TEST_BUCKET, Key: key }))).TagSet;
    const grant = await uploadUrl({ eventId: 'e1', contentType: 'image/gif', contentLength: GIF.length });
    if ('refused' in grant) throw new Error(grant.refused.message);
    const form = new FormData();
    for (const [name, value] of Object.entries(JSON.parse(grant.fields) as Record<string, string>)) form.append(name, value);
    form.append('file', new Blob([GIF], { type: 'image/gif' }), 'cover.gif');

    // Act
    const upload = await fetch(grant.url, { method: 'POST', body: form });
    const uploadedTags = await tagsOf(grant.key);
    const checked = await imageCheck({ eventId: 'e1', key: grant.key });
    const checkedTags = await tagsOf(grant.key);
    const retried = await imageCheck({ eventId: 'e1', key: grant.key });
    const retriedTags = await tagsOf(grant.key);
    s3.destroy();

    // Assess
    expect(upload.status).toBe(204);
    expect(uploadedTags).toEqual([{ Key: 'herald-upload', Value: 'pending' }]);
    expect(checked).toEqual({ key: grant.key, contentType: 'image/gif', size: GIF.length, url: `${aws.s3Endpoint}/${TEST_BUCKET}/${grant.key}` });
    expect(checkedTags).toEqual([]);
    expect(retried).toEqual(checked);
    expect(retriedTags).toEqual([]);
    expect((await fetch(`${aws.s3Endpoint}/${TEST_BUCKET}/${grant.key}`)).status).toBe(200);
  });

  it('returns refusals as data', async () => {
    // Prepare
    const key = `events/e1/${crypto.randomUUID()}.gif`;
    const s3 = createS3Client(aws.env);
    await s3.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: key, Body: '<html>', ContentType: 'text/html' }));
    s3.destroy();

    // Act
    const badPayload = await uploadUrl({ eventId: 'e1', contentType: 'application/pdf', contentLength: 10 });
    const badObject = await imageCheck({ eventId: 'e1', key });

    // Assess
    expect(badPayload).toEqual({ refused: { errorType: 'ValidationError', message: expect.stringContaining('contentType') } });
    expect(badObject).toEqual({ refused: { errorType: 'InvalidImageError', reason: 'TYPE_NOT_ALLOWED', message: expect.stringContaining('deleted') } });
  });
});
