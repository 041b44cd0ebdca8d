// The clock and randomness the runtime's util functions use; injected so tests are deterministic.

import { randomBytes } from 'node:crypto';

export interface RuntimeDeps {
  now(): number;
  randomBytes(size: number): Uint8Array;
  random(): number;
}

export const defaultRuntimeDeps: RuntimeDeps = {
  now: () => Date.now(),
  randomBytes: (size) => randomBytes(size),
  random: () => Math.random(),
};
