// Tests for sending through SES with pacing and retries, with a fake clock: no real waiting.
import { describe, expect, it } from 'vitest';
import { SendingPausedError } from './errors';
import { createPacer, type Clock } from './pacer';
import { classifySendError, sendWithRetry, type SendRawMail } from './ses-send';

function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

const sesError = (name: string, status?: number, message = name) => Object.assign(new Error(message), { name, $metadata: status ? { httpStatusCode: status } : undefined });
const mail = { to: 'a@x.test', from: 'h@x.test', raw: new Uint8Array() };

describe('classifySendError', () => {
  it.each([
    [sesError('Throttling', 400, 'Maximum sending rate exceeded.'), 'throttled'],
    [sesError('Throttling', 400, 'Daily message quota exceeded.'), 'paused'],
    [sesError('AccountSendingPausedException', 400), 'paused'],
    [sesError('MessageRejected', 400), 'permanent'],
    [sesError('InternalFailure', 500), 'transient'],
    [sesError('ServiceUnavailable', 503), 'transient'],
    [sesError('TimeoutError'), 'transient'],
    [sesError('SomethingElse', 403), 'permanent'],
  ])('%s → %s', (error, kind) => {
    // Act
    const classified = classifySendError(error);

    // Assess
    expect(classified).toBe(kind);
  });
});

describe('sendWithRetry', () => {
  it('retries throttling and transient faults with growing, jittered waits, then succeeds', async () => {
    // Prepare
    const clock = fakeClock();
    const failures = [sesError('Throttling', 400), sesError('ServiceUnavailable', 503), sesError('Throttling', 400)];
    const send: SendRawMail = async () => {
      const next = failures.shift();
      if (next) throw next;
      return { messageId: 'm-1' };
    };

    // Act
    const outcome = await sendWithRetry({ send, pacer: createPacer(1_000, clock), clock, random: () => 1, retry: { maxAttempts: 8, baseMs: 100, capMs: 10_000 } }, mail);

    // Assess
    expect(outcome).toEqual({ status: 'sent', messageId: 'm-1', attempts: 4 });
    expect(clock.slept.filter((ms) => ms >= 100)).toEqual([200, 400, 800]);
  });

  it('returns a permanent refusal without retrying', async () => {
    // Prepare
    const clock = fakeClock();
    let calls = 0;
    const send: SendRawMail = async () => {
      calls++;
      throw sesError('MessageRejected', 400, 'Address blacklisted.');
    };

    // Act
    const outcome = await sendWithRetry({ send, pacer: createPacer(10, clock), clock, random: () => 0.5 }, mail);

    // Assess
    expect(outcome).toMatchObject({ status: 'failed', attempts: 1 });
    expect(calls).toBe(1);
  });

  it.each([
    ['gives up after the last attempt', Number.POSITIVE_INFINITY, 'gave-up', 3],
    ['defers when the next wait would pass the deadline', 150, 'deferred', 1],
  ])('%s', async (_case, deadline, status, attempts) => {
    // Prepare
    const clock = fakeClock();
    const send: SendRawMail = async () => {
      throw sesError('InternalFailure', 500);
    };

    // Act
    const outcome = await sendWithRetry({ send, pacer: createPacer(1_000, clock), clock, random: () => 1, retry: { maxAttempts: 3, baseMs: 100, capMs: 1_000 } }, mail, deadline);

    // Assess
    expect(outcome).toMatchObject({ status, attempts });
  });

  it('stops the run when SES pauses sending for the account', async () => {
    // Prepare
    const clock = fakeClock();
    const send: SendRawMail = async () => {
      throw sesError('AccountSendingPausedException', 400);
    };

    // Act
    const sending = sendWithRetry({ send, pacer: createPacer(10, clock), clock, random: () => 0.5 }, mail);

    // Assess
    await expect(sending).rejects.toBeInstanceOf(SendingPausedError);
  });
});

describe('createPacer', () => {
  it('never starts more than the rate per second, and holds everyone off after throttling', async () => {
    // Prepare
    const clock = fakeClock();
    const pacer = createPacer(4, clock);
    const starts: number[] = [];

    // Act
    for (let i = 0; i < 5; i++) {
      await pacer.acquire();
      starts.push(clock.now());
    }
    pacer.holdOff(1_000);
    await pacer.acquire();
    starts.push(clock.now());

    // Assess
    expect(starts).toEqual([0, 250, 500, 750, 1000, 2000]);
  });
});
