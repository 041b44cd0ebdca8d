// Lambda `mail-feedback`: SES bounce and complaint events of the configuration set, delivered by SNS (the topic
// MailDelivery creates), turned into opt-outs: an address that bounced permanently or complained gets no more
// announcements (see suppress-subscriber.ts). SES's own suppression list still guards every other mail.
// Event: SNS → Lambda ({ Records: [{ Sns: { Message: <SES event JSON>, MessageId, Timestamp } }] }), invoked
// asynchronously; SNS delivers at least once, so every step is idempotent. A record that is not SES JSON is logged
// and dropped (retrying cannot fix it); a DynamoDB failure throws, so Lambda retries and then dead-letters.
// Returns (ignored by SNS): { suppressed, unchanged, ignored }.
// Env: TABLE_NAME; AWS_ENDPOINT_URL_DYNAMODB locally.
import type { Context, SNSEvent } from 'aws-lambda';
import { createDocumentClient } from '../lib/document-client';
import { once, requiredEnv } from '../lib/env';
import { createLogger } from '../lib/log';
import { createMailFeedbackHandler, type FeedbackSummary } from './apply-feedback';

const logger = createLogger('mail-feedback');
const config = once(() => ({ table: requiredEnv(process.env, 'TABLE_NAME') }));
const run = createMailFeedbackHandler({ db: createDocumentClient(), table: () => config().table, now: () => new Date(), log: logger });

export async function handler(event: SNSEvent, context?: Context): Promise<FeedbackSummary> {
  if (context) logger.addContext(context);
  return run(event);
}
