// Spaces calls so they never start faster than a given rate (SES counts every attempt against the account's
// maximum send rate), and lets a throttled caller hold everyone back for a while.

export type Clock = { now(): number; sleep(ms: number): Promise<void> };

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type Pacer = {
  /** Resolves when the caller may start its call. */
  acquire(): Promise<void>;
  /** Nobody starts another call for `ms` (used on throttling). */
  holdOff(ms: number): void;
};

export function createPacer(ratePerSecond: number, clock: Clock): Pacer {
  const spacing = 1000 / ratePerSecond;
  let nextSlot = 0;
  return {
    async acquire() {
      const now = clock.now();
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + spacing;
      if (slot > now) await clock.sleep(slot - now);
    },
    holdOff(ms) {
      nextSlot = Math.max(nextSlot, clock.now() + ms);
    },
  };
}
