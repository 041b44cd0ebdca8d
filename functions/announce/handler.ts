// Lambda `announce`: the email fan-out of a published event (see run-announcement.ts).
// Invoked asynchronously — AppSync Lambda data source `{ operation: 'Invoke', invocationType: 'Event', payload }`
// from the publishEvent pipeline, and by itself to continue. Event: { eventId: string, cursor?: string }
// (`cursor` is opaque, only set by the function itself; the checkpoint on the Announcement item is authoritative).
// Returns (ignored by AppSync for Event invocations): { eventId, outcome: 'COMPLETED'|'CONTINUED'|'YIELDED'|'SKIPPED', progress? }.
// Env: TABLE_NAME, SENDER ("Herald <no-reply@example.org>"), PUBLIC_BASE_URL (event links: <base>/events/<id>),
//   UNSUBSCRIBE_URL (the unsubscribe-endpoint; `?token=` is appended), MAX_SEND_RATE (recipients/s, default 14),
//   GRAPHQL_URL (optional: progress via reportAnnouncementProgress, IAM), CONFIGURATION_SET (optional),
//   AWS_ENDPOINT_URL_DYNAMODB / _SES / _LAMBDA locally.
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { createSesClient, endpointFor, regionOf } from '../lib/clients';
import { createDocumentClient } from '../lib/document-client';
import { numberEnv, once, requiredEnv, urlEnv, type Env } from '../lib/env';
import { ValidationError } from '../lib/errors';
import { createLogger } from '../lib/log';
import { parseMailbox } from '../lib/mime';
import { systemClock } from '../lib/pacer';
import { sesRawSender } from '../lib/ses-send';
import { createSignedFetch } from '../lib/signed-fetch';
import { createAsyncInvoker, createProgressReporter } from './remote-calls';
import { DEFAULT_SETTINGS, parseAnnouncePayload, runAnnouncement, type AnnounceDeps, type AnnounceResult, type AnnounceSettings } from './run-announcement';

export function readAnnounceConfig(env: Env): { table: string; graphqlUrl?: string; configurationSet?: string; settings: AnnounceSettings } {
  const maxSendRate = numberEnv(env, 'MAX_SEND_RATE', 14, { min: 0.1, max: 10_000 });
  return {
    table: requiredEnv(env, 'TABLE_NAME'),
    graphqlUrl: env.GRAPHQL_URL ? urlEnv(env, 'GRAPHQL_URL') : undefined,
    configurationSet: env.CONFIGURATION_SET?.trim() || undefined,
    settings: {
      ...DEFAULT_SETTINGS,
      sender: parseMailbox(requiredEnv(env, 'SENDER')),
      links: { publicBaseUrl: urlEnv(env, 'PUBLIC_BASE_URL'), unsubscribeUrl: urlEnv(env, 'UNSUBSCRIBE_URL') },
      maxSendRate,
      // Enough mails in flight to keep the rate with ~200 ms per SES call, never more than 32.
      concurrency: Math.max(1, Math.min(32, Math.ceil(maxSendRate / 5))),
    },
  };
}

const logger = createLogger('announce');
const db = createDocumentClient();
const ses = createSesClient();
const signedFetch = createSignedFetch({ region: regionOf(process.env), credentials: ses.config.credentials });
const invokeAsync = createAsyncInvoker(signedFetch, endpointFor(process.env, 'LAMBDA') ?? `https://lambda.${regionOf(process.env)}.amazonaws.com`);
const config = once(() => readAnnounceConfig(process.env));

// Used when the caller passes no Lambda context (in-process local runs): a 15-minute budget like Lambda's maximum.
const DEFAULT_BUDGET_MS = 15 * 60_000;

/** The production wiring, with any dependency replaceable (the local server and tests inject reinvoke, clock…). */
export function createAnnounceHandler(overrides: Partial<AnnounceDeps> = {}) {
  return async (event: unknown, context?: Context): Promise<AnnounceResult> => {
    if (context) logger.addContext(context);
    const { table, graphqlUrl, configurationSet, settings } = config();
    let payload;
    try {
      payload = parseAnnouncePayload(event);
    } catch (error) {
      // Retrying an invocation whose payload is malformed cannot help: record it and let it go.
      if (!(error instanceof ValidationError)) throw error;
      logger.error('announce payload refused', { error: error.message });
      return { eventId: String((event as { eventId?: unknown } | null)?.eventId ?? ''), outcome: 'SKIPPED' };
    }
    const startedAt = Date.now();
    const functionName = context?.functionName ?? 'announce';
    const report = graphqlUrl ? createProgressReporter(signedFetch, graphqlUrl) : async () => {};
    const result = await runAnnouncement(
      {
        db,
        table,
        send: sesRawSender(ses, configurationSet),
        reportProgress: report,
        reinvoke: (next) => invokeAsync(functionName, next),
        remainingMs: () => context?.getRemainingTimeInMillis?.() ?? DEFAULT_BUDGET_MS - (Date.now() - startedAt),
        clock: systemClock,
        random: Math.random,
        newId: randomUUID,
        log: logger,
        settings,
        ...overrides,
      },
      payload,
    );
    logger.info('announce invocation finished', { eventId: result.eventId, outcome: result.outcome, ...result.progress });
    return result;
  };
}

export const handler = createAnnounceHandler();
