// Runs fan-out work off the request path: jobs are iterators whose steps are small units (evaluate a
// group, send one frame), run first in, first out (so subscribers see events in publish order), in
// slices that yield to the event loop so a large fan-out never blocks sockets or requests for long.

export interface FanOutQueueOptions {
  /** Steps per slice before yielding; default 256 (a few hundred sends, ~5 ms on a 2-core box). */
  sliceSteps?: number;
  /** Wall-clock budget of one slice in ms, for steps that cost more than a send; default 8. */
  sliceMs?: number;
  /** A job that throws is dropped and reported here. */
  onError?: (error: unknown) => void;
}

export interface FanOutQueue {
  /** Queues a job; it starts on a later turn of the event loop, after the caller's own I/O. */
  push(job: Iterator<unknown>): void;
  /** Jobs not yet finished. */
  size(): number;
}

export function createFanOutQueue(options: FanOutQueueOptions = {}): FanOutQueue {
  const sliceSteps = options.sliceSteps ?? 256;
  const sliceMs = options.sliceMs ?? 8;
  const onError = options.onError ?? ((error: unknown) => console.error('fan-out job failed', error));
  const jobs: Iterator<unknown>[] = [];
  let scheduled = false;

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  }

  function drain(): void {
    scheduled = false;
    const started = performance.now();
    let steps = 0;
    while (jobs.length > 0) {
      const job = jobs[0];
      let done: boolean | undefined;
      try {
        done = job.next().done;
      } catch (error) {
        done = true;
        onError(error);
      }
      if (done) jobs.shift();
      steps += 1;
      if (steps >= sliceSteps || performance.now() - started >= sliceMs) break;
    }
    if (jobs.length > 0) schedule();
  }

  return {
    push(job) {
      jobs.push(job);
      schedule();
    },
    size: () => jobs.length,
  };
}
