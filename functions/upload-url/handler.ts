// Lambda `upload-url` (AppSync Lambda data source, Invoke/RequestResponse) for Mutation.createEventImageUpload.
// Event (the resolver's payload; the pipeline has already checked that the caller owns the event):
//   { eventId: string, contentType: 'image/jpeg'|'image/png'|'image/webp'|'image/gif', contentLength: number (1..10485760) }
// Returns the schema's ImageUpload as is: { url, fields: AWSJSON string of the form fields,
//   key: 'events/<eventId>/<uuid>.<ext>', expiresAt: ISO-8601 (now + 5 min) } — the browser POSTs
//   multipart/form-data to `url` with every field of JSON.parse(fields), then the file as `file` (last);
//   or, for a bad payload: { refused: { errorType: 'ValidationError', message } } for the resolver to raise.
// Env: BUCKET; AWS_ENDPOINT_URL_S3 locally.
import type { Context } from 'aws-lambda';
import { createS3Client } from '../lib/clients';
import { once, requiredEnv } from '../lib/env';
import { createLogger } from '../lib/log';
import { refusalOf, type Refusal } from '../lib/refusal';
import { createImageUpload, parseUploadRequest, type UploadGrant } from './create-image-upload';

const logger = createLogger('upload-url');
const s3 = createS3Client();
const config = once(() => ({ bucket: requiredEnv(process.env, 'BUCKET') }));

export async function handler(event: unknown, context?: Context): Promise<UploadGrant | Refusal> {
  if (context) logger.addContext(context);
  try {
    const request = parseUploadRequest(event);
    const grant = await createImageUpload({ s3, bucket: config().bucket }, request);
    logger.info('upload granted', { eventId: request.eventId, key: grant.key, contentType: request.contentType });
    return grant;
  } catch (error) {
    const refusal = refusalOf(error);
    logger.warn('upload refused', { reason: refusal.refused.message });
    return refusal;
  }
}
