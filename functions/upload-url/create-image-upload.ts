// Grants one browser upload of an event's cover image: a presigned S3 POST bound to a fresh key under
// events/<eventId>/, one allowed image type and 1 B–10 MB, tagged pending, valid for 5 minutes. Ownership was checked before.
import { randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ImageUpload } from '../__generated__/graphql';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { ValidationError } from '../lib/errors';
import { EVENT_ID_PATTERN, imageKey, isImageType, IMAGE_TYPES, MAX_IMAGE_BYTES, MIN_IMAGE_BYTES, PENDING_UPLOAD_TAG } from '../lib/image-rules';

export const UPLOAD_TTL_SECONDS = 300;

/**
 * The POST form's `tagging` field: S3 takes the tag set as an XML Tagging document there (PutObject's x-amz-tagging
 * header is URL-encoded instead). Key and value are plain names, so they need no XML escaping.
 */
export const PENDING_UPLOAD_TAGGING = `<Tagging><TagSet><Tag><Key>${PENDING_UPLOAD_TAG.key}</Key><Value>${PENDING_UPLOAD_TAG.value}</Value></Tag></TagSet></Tagging>`;

export type UploadRequest = { eventId: string; contentType: string; contentLength: number };
/** Exactly the schema's ImageUpload, so the resolver can return it as is; `fields` is AWSJSON (a JSON object string). */
export type UploadGrant = ImageUpload;

export type UploadDeps = { s3: S3Client; bucket: string; now?: () => Date; newId?: () => string };

export function parseUploadRequest(payload: unknown): UploadRequest {
  const { eventId, contentType, contentLength } = (payload ?? {}) as Record<string, unknown>;
  if (typeof eventId !== 'string' || !EVENT_ID_PATTERN.test(eventId)) throw new ValidationError('eventId: not a valid event id');
  const type = typeof contentType === 'string' ? contentType.trim().toLowerCase() : '';
  if (!isImageType(type)) {
    throw new ValidationError(`contentType: must be one of ${Object.keys(IMAGE_TYPES).join(', ')}`);
  }
  if (typeof contentLength !== 'number' || !Number.isInteger(contentLength) || contentLength < MIN_IMAGE_BYTES || contentLength > MAX_IMAGE_BYTES) {
    throw new ValidationError(`contentLength: must be a whole number of bytes from ${MIN_IMAGE_BYTES} to ${MAX_IMAGE_BYTES}`);
  }
  return { eventId, contentType: type, contentLength };
}

export async function createImageUpload(deps: UploadDeps, request: UploadRequest): Promise<UploadGrant> {
  const type = request.contentType;
  if (!isImageType(type)) throw new ValidationError(`contentType: ${type} is not allowed`);
  const key = imageKey(request.eventId, (deps.newId ?? randomUUID)(), type);
  const issuedAt = (deps.now ?? (() => new Date()))();
  const { url, fields } = await createPresignedPost(deps.s3, {
    Bucket: deps.bucket,
    Key: key, // signed as an exact-key condition: the browser cannot pick another name
    Conditions: [
      ['content-length-range', MIN_IMAGE_BYTES, MAX_IMAGE_BYTES],
      ['eq', '$Content-Type', type],
      // Exact match: a browser that drops or edits the tag is refused, so every upload expires unless an event takes it.
      ['eq', '$tagging', PENDING_UPLOAD_TAGGING],
    ],
    Fields: { 'Content-Type': type, tagging: PENDING_UPLOAD_TAGGING },
    Expires: UPLOAD_TTL_SECONDS,
  });
  return { url, fields: JSON.stringify(fields), key, expiresAt: new Date(issuedAt.getTime() + UPLOAD_TTL_SECONDS * 1000).toISOString() };
}
