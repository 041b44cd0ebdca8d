// The second lock on cover images (local-stack.md §4: the local store enforces no POST policy, and a policy can
// be misconfigured): the object must exist under the event's prefix, be an allowed type by header AND magic
// bytes, and be 1 B–10 MB. An offending object inside the prefix is deleted; keys outside it are never touched.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { InvalidImageError, ValidationError, type InvalidImageReason } from '../lib/errors';
import {
  EVENT_ID_PATTERN,
  IMAGE_TYPES,
  imagePrefix,
  isImageKeyOf,
  isImageType,
  MAGIC_BYTES,
  MAX_IMAGE_BYTES,
  MIN_IMAGE_BYTES,
} from '../lib/image-rules';

export type VerifyImageInput = { s3: S3Client; bucket: string; eventId: string; key: string };
export type VerifiedImage = { key: string; contentType: string; size: number };

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
}

async function firstBytes(s3: S3Client, bucket: string, key: string): Promise<Uint8Array> {
  const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${MAGIC_BYTES - 1}` }));
  return Body ? Body.transformToByteArray() : new Uint8Array();
}

export async function verifyUploadedImage({ s3, bucket, eventId, key }: VerifyImageInput): Promise<VerifiedImage> {
  if (!EVENT_ID_PATTERN.test(eventId)) throw new ValidationError('eventId: not a valid event id');
  if (!key.startsWith(imagePrefix(eventId))) {
    // Never deleted: that would let one organizer remove another event's image by naming its key.
    throw new InvalidImageError('OUTSIDE_PREFIX', `key: must lie under ${imagePrefix(eventId)}`);
  }
  const reject = async (reason: InvalidImageReason, message: string): Promise<never> => {
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    throw new InvalidImageError(reason, `${message}; the upload was deleted`);
  };

  let head;
  try {
    head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (isNotFound(error)) throw new InvalidImageError('NOT_FOUND', `No upload found at ${key}; upload the file first`, { cause: error });
    throw error;
  }
  if (!isImageKeyOf(eventId, key)) {
    return reject('TYPE_NOT_ALLOWED', `${key} is not a key upload-url hands out (${imagePrefix(eventId)}<uuid>.<ext>)`);
  }
  const contentType = (head.ContentType ?? '').split(';')[0].trim().toLowerCase();
  const size = head.ContentLength ?? 0;
  if (size < MIN_IMAGE_BYTES || size > MAX_IMAGE_BYTES) {
    return reject('SIZE_OUT_OF_RANGE', `The image is ${size} bytes; it must be ${MIN_IMAGE_BYTES} B to ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  }
  if (!isImageType(contentType) || !key.endsWith(`.${IMAGE_TYPES[contentType].ext}`)) {
    return reject('TYPE_NOT_ALLOWED', `Content type ${contentType || '(none)'} is not allowed for ${key}`);
  }
  if (!IMAGE_TYPES[contentType].magic(await firstBytes(s3, bucket, key))) {
    return reject('TYPE_NOT_ALLOWED', `The file content is not ${contentType}`);
  }
  return { key, contentType, size };
}
