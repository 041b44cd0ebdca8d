// Lambda `image-check` (AppSync Lambda data source, Invoke/RequestResponse), step 2 of the setEventImage pipeline:
// 1 loads the event and checks ownership, 2 this function, 3 stores { imageKey, imageAlt } on the event.
// Event: { eventId: string, key: string }  (the key createEventImageUpload returned)
// Returns: { key, contentType, size, url: IMAGE_BASE_URL/<key> } when the upload is acceptable (its pending-upload tag
//   is then removed, so the bucket's lifecycle rule no longer expires it), or
//   { refused: { errorType: 'InvalidImageError', reason: 'NOT_FOUND'|'OUTSIDE_PREFIX'|'TYPE_NOT_ALLOWED'|'SIZE_OUT_OF_RANGE', message } }
//   (the object was deleted, except for NOT_FOUND and OUTSIDE_PREFIX), or { refused: { errorType: 'ValidationError', message } }.
// Env: BUCKET, IMAGE_BASE_URL (public base of the bucket: the CDN on AWS, <s3 endpoint>/<bucket> locally);
//   AWS_ENDPOINT_URL_S3 locally.
import type { Context } from 'aws-lambda';
import { createS3Client } from '../lib/clients';
import { once, requiredEnv, urlEnv } from '../lib/env';
import { ValidationError } from '../lib/errors';
import { createLogger } from '../lib/log';
import { refusalOf, type Refusal } from '../lib/refusal';
import { clearPendingTag } from './clear-pending-tag';
import { verifyUploadedImage, type VerifiedImage } from './verify-uploaded-image';

const logger = createLogger('image-check');
const s3 = createS3Client();
const config = once(() => ({ bucket: requiredEnv(process.env, 'BUCKET'), imageBaseUrl: urlEnv(process.env, 'IMAGE_BASE_URL') }));

function parse(event: unknown): { eventId: string; key: string } {
  const { eventId, key } = (event ?? {}) as Record<string, unknown>;
  if (typeof eventId !== 'string' || typeof key !== 'string' || key.length > 1024) {
    throw new ValidationError('image-check expects { eventId: string, key: string }');
  }
  return { eventId, key };
}

export async function handler(event: unknown, context?: Context): Promise<(VerifiedImage & { url: string }) | Refusal> {
  if (context) logger.addContext(context);
  try {
    const { eventId, key } = parse(event);
    const { bucket, imageBaseUrl } = config();
    const image = await verifyUploadedImage({ s3, bucket, eventId, key });
    // Before answering: an image attached while still tagged would vanish from the event a day later. Should step 3
    // then fail on a concurrent edit, the upload is kept untagged; the caller is told to retry, which attaches it.
    await clearPendingTag({ s3, bucket, key: image.key });
    logger.info('image accepted', { ...image, eventId });
    // Keys are [A-Za-z0-9/._-] only (see image-rules), so they need no escaping in a URL path.
    return { ...image, url: `${imageBaseUrl}/${image.key}` };
  } catch (error) {
    const refusal = refusalOf(error);
    logger.warn('image refused', { refusal: refusal.refused });
    return refusal;
  }
}
