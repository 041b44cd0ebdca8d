// The fan-out queue: first in, first out, never synchronous, sliced by steps and by time, and robust to a failing job.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFanOutQueue } from './fanout-queue';

/** A job of `steps` steps that records each one as `${name}${index}`. */
function* job(name: string, steps: number, log: string[]) {
  for (let index = 0; index < steps; index += 1) {
    log.push(`${name}${index}`);
    yield;
  }
}

/** Resolves after the queue's pending setImmediate turns have run. */
const turns = (count: number) => new Promise<void>((resolve) => {
  const next = (left: number) => (left === 0 ? resolve() : setImmediate(() => next(left - 1)));
  next(count);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createFanOutQueue', () => {
  it('runs nothing synchronously, then runs jobs first in, first out', async () => {
    // Prepare
    const log: string[] = [];
    const queue = createFanOutQueue();

    // Act
    queue.push(job('a', 2, log));
    queue.push(job('b', 2, log));
    const synchronously = [...log];
    await turns(2);

    // Assess
    expect(synchronously).toEqual([]);
    expect(log).toEqual(['a0', 'a1', 'b0', 'b1']);
    expect(queue.size()).toBe(0);
  });

  it('yields to the event loop after sliceSteps steps', async () => {
    // Prepare
    const log: string[] = [];
    const queue = createFanOutQueue({ sliceSteps: 3, sliceMs: 60_000 });
    queue.push(job('a', 7, log));

    // Act
    await turns(1);
    const afterFirstSlice = [...log];
    await turns(3);

    // Assess
    expect(afterFirstSlice).toEqual(['a0', 'a1', 'a2']);
    expect(log).toHaveLength(7);
  });

  it('yields when a slice runs past sliceMs', async () => {
    // Prepare
    const log: string[] = [];
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const queue = createFanOutQueue({ sliceSteps: 1_000, sliceMs: 12 });
    queue.push(job('a', 4, log));

    // Act
    await turns(1);

    // Assess
    expect(log).toEqual(['a0', 'a1', 'a2']);
  });

  it('drops a job that throws, reports it, and goes on with the next', async () => {
    // Prepare
    const log: string[] = [];
    const onError = vi.fn();
    const queue = createFanOutQueue({ onError });
    const failing = (function* () {
      log.push('f0');
      yield;
      throw new Error('boom');
    })();

    // Act
    queue.push(failing);
    queue.push(job('b', 1, log));
    await turns(2);

    // Assess
    expect(log).toEqual(['f0', 'b0']);
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
  });
});
