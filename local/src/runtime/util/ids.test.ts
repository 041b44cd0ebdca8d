import { describe, expect, it } from 'vitest';
import { ksuid, ulid, uuidV4 } from './ids';

const ZEROS = new Uint8Array(20);
const FFS = new Uint8Array(20).fill(0xff);

describe('ids', () => {
  it('writes a version 4, variant 1 UUID', () => {
    // Prepare
    const random = FFS;

    // Act
    const id = uuidV4(random);

    // Assess
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it.each([
    [0, ZEROS, '00000000000000000000000000'],
    [1469918176385, ZEROS, '01ARYZ6S410000000000000000'],
    [1469918176385, FFS, '01ARYZ6S41ZZZZZZZZZZZZZZZZ'],
  ])('writes the ULID for time %s', (now, random, expected) => {
    // Prepare
    const bytes = random;

    // Act
    const id = ulid(now, bytes);

    // Assess
    expect(id).toBe(expected);
  });

  it.each([
    [1_400_000_000_000, ZEROS, '000000000000000000000000000'],
    [(1_400_000_000 + 0xffffffff) * 1000, FFS, 'aWgEPTl1tmebfsQzFP4bxwgy80V'],
  ])('writes the base62 KSUID for time %s', (now, random, expected) => {
    // Prepare
    const bytes = random;

    // Act
    const id = ksuid(now, bytes);

    // Assess
    expect(id).toBe(expected);
  });
});
