// Tests for the second lock on cover images, against the real S3 stand-in: objects that break the rules are
// refused and deleted (inside the event's prefix), other events' objects are refused and left alone.
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../lib/clients';
import { InvalidImageError } from '../lib/errors';
import { startLocalAws, TEST_BUCKET, type LocalAws } from '../test-support/local-aws';
import { verifyUploadedImage } from './verify-uploaded-image';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);
const uuid = () => crypto.randomUUID();

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

async function put(key: string, body: Buffer, contentType: string): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: key, Body: body, ContentType: contentType }));
}

async function exists(key: string): Promise<boolean> {
  return s3.send(new HeadObjectCommand({ Bucket: TEST_BUCKET, Key: key })).then(
    () => true,
    () => false,
  );
}

async function refusal(eventId: string, key: string): Promise<InvalidImageError> {
  const error = await verifyUploadedImage({ s3, bucket: TEST_BUCKET, eventId, key }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidImageError);
  return error as InvalidImageError;
}

describe('verifyUploadedImage', () => {
  it.each([
    ['png', PNG, 'image/png'],
    ['jpg', JPEG, 'image/jpeg'],
  ])('accepts a %s upload under the event prefix', async (ext, body, type) => {
    // Prepare
    const key = `events/e1/${uuid()}.${ext}`;
    await put(key, body, type);

    // Act
    const image = await verifyUploadedImage({ s3, bucket: TEST_BUCKET, eventId: 'e1', key });

    // Assess
    expect(image).toEqual({ key, contentType: type, size: body.length });
  });

  it.each([
    ['a type outside the allow-list', 'png', PNG, 'text/html', 'TYPE_NOT_ALLOWED'],
    ['a type that does not match the key', 'png', JPEG, 'image/jpeg', 'TYPE_NOT_ALLOWED'],
    ['content that is not what the type says', 'png', Buffer.from('<script>alert(1)</script>'), 'image/png', 'TYPE_NOT_ALLOWED'],
    ['a file over 10 MB', 'png', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]), 'image/png', 'SIZE_OUT_OF_RANGE'],
    ['an empty file', 'png', Buffer.alloc(0), 'image/png', 'SIZE_OUT_OF_RANGE'],
  ])('refuses and deletes %s', async (_case, ext, body, type, reason) => {
    // Prepare
    const key = `events/e1/${uuid()}.${ext}`;
    await put(key, body, type);

    // Act
    const error = await refusal('e1', key);

    // Assess
    expect(error.reason).toBe(reason);
    expect(await exists(key)).toBe(false);
  });

  it('refuses and deletes an object in the prefix under a name upload-url never hands out', async () => {
    // Prepare
    const key = 'events/e1/../e2/cover.png';
    await put(key, PNG, 'image/png');

    // Act
    const error = await refusal('e1', key);

    // Assess
    expect(error.reason).toBe('TYPE_NOT_ALLOWED');
    expect(await exists(key)).toBe(false);
  });

  it("refuses a key outside the event's prefix and leaves that object alone", async () => {
    // Prepare
    const othersKey = `events/e2/${uuid()}.png`;
    await put(othersKey, PNG, 'image/png');

    // Act
    const error = await refusal('e1', othersKey);

    // Assess
    expect(error.reason).toBe('OUTSIDE_PREFIX');
    expect(await exists(othersKey)).toBe(true);
  });

  it('reports a missing upload as NOT_FOUND', async () => {
    // Act
    const error = await refusal('e1', `events/e1/${uuid()}.png`);

    // Assess
    expect(error.reason).toBe('NOT_FOUND');
  });
});
