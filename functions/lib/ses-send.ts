// Sends one raw mail through SES with pacing and retries: throttling and transient faults are retried with
// exponential backoff and full jitter, permanent refusals are returned, account-wide stops end the run.
import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { SendingPausedError } from './errors';
import type { Clock, Pacer } from './pacer';

export type SendFailureKind = 'throttled' | 'transient' | 'permanent' | 'paused';

export type SendRawMail = (input: { to: string; from: string; raw: Uint8Array }) => Promise<{ messageId: string }>;

export function sesRawSender(ses: SESClient, configurationSet?: string): SendRawMail {
  return async ({ to, from, raw }) => {
    const out = await ses.send(
      new SendRawEmailCommand({ Source: from, Destinations: [to], RawMessage: { Data: raw }, ConfigurationSetName: configurationSet }),
    );
    return { messageId: out.MessageId ?? '' };
  };
}

const PAUSED = new Set([
  'AccountSendingPausedException',
  'ConfigurationSetSendingPausedException',
  'ConfigurationSetDoesNotExist',
  'MailFromDomainNotVerifiedException',
]);
const PERMANENT = new Set(['MessageRejected', 'InvalidParameterValue', 'InvalidParameterCombination', 'ValidationError']);

export function classifySendError(error: unknown): SendFailureKind {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? '';
  if (PAUSED.has(name)) return 'paused';
  if (name === 'Throttling' || name === 'ThrottlingException') {
    // SES reports an exhausted 24-hour quota with the same code; waiting seconds will not help.
    return /daily message quota/i.test(e.message ?? '') ? 'paused' : 'throttled';
  }
  if (PERMANENT.has(name)) return 'permanent';
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined) return status >= 500 || status === 429 ? 'transient' : 'permanent';
  // No HTTP answer at all (timeouts, resets, DNS): the request may never have reached SES.
  return 'transient';
}

export type RetryPolicy = { maxAttempts: number; baseMs: number; capMs: number };
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseMs: 200, capMs: 15_000 };

export type SendOutcome =
  | { status: 'sent'; messageId: string; attempts: number }
  | { status: 'failed'; error: string; attempts: number }
  /** The next wait would pass `deadline`: try the recipient again in a later invocation. */
  | { status: 'deferred'; error: string; attempts: number }
  /** Every attempt hit throttling or a transient fault: SES looks unavailable. */
  | { status: 'gave-up'; error: string; attempts: number };

export type SendDeps = { send: SendRawMail; pacer: Pacer; clock: Clock; random: () => number; retry?: RetryPolicy };

export async function sendWithRetry(deps: SendDeps, mail: Parameters<SendRawMail>[0], deadline = Number.POSITIVE_INFINITY): Promise<SendOutcome> {
  const policy = deps.retry ?? DEFAULT_RETRY;
  let lastError = '';
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    await deps.pacer.acquire();
    try {
      const { messageId } = await deps.send(mail);
      return { status: 'sent', messageId, attempts: attempt };
    } catch (error) {
      const kind = classifySendError(error);
      lastError = `${(error as Error).name}: ${(error as Error).message}`;
      if (kind === 'paused') throw new SendingPausedError(`SES stopped sending: ${lastError}`, { cause: error });
      if (kind === 'permanent') return { status: 'failed', error: lastError, attempts: attempt };
      const wait = Math.floor(deps.random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
      if (kind === 'throttled') deps.pacer.holdOff(wait);
      if (deps.clock.now() + wait > deadline) return { status: 'deferred', error: lastError, attempts: attempt };
      await deps.clock.sleep(wait);
    }
  }
  return { status: 'gave-up', error: lastError, attempts: policy.maxAttempts };
}
