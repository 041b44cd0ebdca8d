// Lambda `mailer`: transactional mail, one message per recipient. Invoke it asynchronously (invocationType 'Event')
// from the pipelines so a mutation never waits for SES; a thrown error (SES paused/unavailable) makes Lambda retry.
// Event (`to` is one address or up to 50; `event` is the stored Event item after the change, version included):
//   { kind: 'subscription-confirmation', to, token, topics? }            → link CONFIRM_URL?token=…
//   { kind: 'registration-confirmed' | 'waitlist-promoted', to, event }   → .ics METHOD:REQUEST
//   { kind: 'registration-cancelled' | 'event-cancelled', to, event }     → .ics METHOD:CANCEL (event.cancellationReason shown)
//   { kind: 'event-cancelled', event }  (no `to`) → every CONFIRMED/WAITLISTED registrant of the event gets its
//     own notice (needs TABLE_NAME; addresses looked up by sub in the user pool).
//   { kind: <registration kind>, toUsers: [sub…], event } → the same, addressed by Cognito sub (needs USER_POOL_ID).
// Returns: { results: [{ to, status: 'sent', messageId } | { to, status: 'failed', error }] }, or for a bad payload
//   { refused: { errorType: 'ValidationError', message } }.
// Env: SENDER, PUBLIC_BASE_URL, TABLE_NAME (for registrant fan-out), USER_POOL_ID (addresses by sub), CONFIRM_URL (default <PUBLIC_BASE_URL>/subscriptions/confirm), MAX_SEND_RATE,
//   CONFIGURATION_SET (optional), AWS_ENDPOINT_URL_SES locally.
import type { Context } from 'aws-lambda';
import { createCognitoClient, createSesClient } from '../lib/clients';
import { createDocumentClient } from '../lib/document-client';
import { numberEnv, once, requiredEnv, urlEnv, type Env } from '../lib/env';
import { createLogger } from '../lib/log';
import { buildRawMessage, parseMailbox } from '../lib/mime';
import { createPacer, systemClock } from '../lib/pacer';
import { refusalOf, type Refusal } from '../lib/refusal';
import { sesRawSender, sendWithRetry } from '../lib/ses-send';
import { SesUnavailableError } from '../lib/errors';
import { registrantIds } from './registrants';
import { composeTransactional, parseMailRequest, type MailerSettings } from './transactional-mail';
import { emailsOfUsers } from './user-emails';

export type MailResult = { to: string; status: 'sent'; messageId: string } | { to: string; status: 'failed'; error: string };

export function readMailerConfig(env: Env): MailerSettings & { maxSendRate: number; configurationSet?: string } {
  const publicBaseUrl = urlEnv(env, 'PUBLIC_BASE_URL');
  return {
    sender: parseMailbox(requiredEnv(env, 'SENDER')),
    publicBaseUrl,
    confirmUrl: urlEnv(env, 'CONFIRM_URL', `${publicBaseUrl}/subscriptions/confirm`),
    // Stable per deployment: calendars match invites on UID.
    uidDomain: new URL(publicBaseUrl).hostname,
    maxSendRate: numberEnv(env, 'MAX_SEND_RATE', 14, { min: 0.1, max: 10_000 }),
    configurationSet: env.CONFIGURATION_SET?.trim() || undefined,
  };
}

const logger = createLogger('mailer');
const ses = createSesClient();
const cognito = createCognitoClient();
const db = createDocumentClient();
const config = once(() => readMailerConfig(process.env));

export async function handler(event: unknown, context?: Context): Promise<{ results: MailResult[] } | Refusal> {
  if (context) logger.addContext(context);
  let request;
  try {
    request = parseMailRequest(event);
  } catch (error) {
    const refusal = refusalOf(error);
    logger.warn('mail refused', { reason: refusal.refused.message });
    return refusal;
  }
  const settings = config();
  const deps = { send: sesRawSender(ses, settings.configurationSet), pacer: createPacer(settings.maxSendRate, systemClock), clock: systemClock, random: Math.random };
  let recipients = request.to;
  const bySub = async (subs: string[]) => {
    const found = await emailsOfUsers(cognito, requiredEnv(process.env, 'USER_POOL_ID'), subs);
    if (found.unknown) logger.warn('users without an email address cannot be notified', { kind: request.kind, count: found.unknown });
    return found.emails;
  };
  if ('toUsers' in request && request.toUsers) {
    recipients = await bySub(request.toUsers);
  } else if (recipients.length === 0 && 'event' in request) {
    const userIds = await registrantIds(db, requiredEnv(process.env, 'TABLE_NAME'), request.event.id);
    recipients = userIds.length ? await bySub(userIds) : [];
  }
  const results: MailResult[] = [];
  for (const to of recipients) {
    const mail = composeTransactional(request, to, settings, new Date());
    const outcome = await sendWithRetry(deps, { to, from: settings.sender.email, raw: buildRawMessage(mail) });
    if (outcome.status === 'sent') results.push({ to, status: 'sent', messageId: outcome.messageId });
    else if (outcome.status === 'failed') results.push({ to, status: 'failed', error: outcome.error });
    else throw new SesUnavailableError(`SES unavailable while mailing ${request.kind}: ${outcome.error}`);
  }
  logger.info('transactional mail sent', { kind: request.kind, sent: results.filter((r) => r.status === 'sent').length, failed: results.filter((r) => r.status === 'failed').length });
  return { results };
}
