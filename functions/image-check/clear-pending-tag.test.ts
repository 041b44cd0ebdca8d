// Tests for keeping an accepted upload, against the real S3 stand-in: the pending tag goes, and a retry is harmless.
import { GetObjectTaggingCommand, PutObjectCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../lib/clients';
import { PENDING_UPLOAD_TAG } from '../lib/image-rules';
import { startLocalAws, TEST_BUCKET, type LocalAws } from '../test-support/local-aws';
import { clearPendingTag } from './clear-pending-tag';

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

const tagsOf = async (key: string) => (await s3.send(new GetObjectTaggingCommand({ Bucket: TEST_BUCKET, Key: key }))).TagSet;

describe('clearPendingTag', () => {
  it('removes the pending tag, and succeeds again on a retry', async () => {
    // Prepare
    const key = `events/e1/${crypto.randomUUID()}.png`;
    await s3.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: key, Body: 'x', ContentType: 'image/png' }));
    await s3.send(new PutObjectTaggingCommand({ Bucket: TEST_BUCKET, Key: key, Tagging: { TagSet: [{ Key: PENDING_UPLOAD_TAG.key, Value: PENDING_UPLOAD_TAG.value }] } }));
    const before = await tagsOf(key);

    // Act
    await clearPendingTag({ s3, bucket: TEST_BUCKET, key });
    await clearPendingTag({ s3, bucket: TEST_BUCKET, key });

    // Assess
    expect(before).toEqual([{ Key: 'herald-upload', Value: 'pending' }]);
    expect(await tagsOf(key)).toEqual([]);
  });
});
