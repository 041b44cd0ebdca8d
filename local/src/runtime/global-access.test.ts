// namesGlobalObject: which code can reach the sandbox global object (and so needs the per-call sweep of globals).
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { namesGlobalObject } from './global-access';

describe('namesGlobalObject', () => {
  it.each([
    ['a write through globalThis', 'globalThis.leak = 1;', true],
    ['a read through globalThis', 'const m = globalThis.Math;', true],
    ['a unicode-escaped globalThis', 'globalTh\\u0069s.leak = 1;', true],
    ['globalThis in a shorthand property', 'const o = { globalThis };', true],
    ['globalThis destructured', 'const { Math: m } = globalThis;', true],
    ['a property merely named globalThis', 'const o = {}; o.globalThis = 1;', false],
    ['globals used by name only', 'const m = Math.max(1, 2); JSON.stringify(m);', false],
    ['a string mentioning globalThis', "const s = 'globalThis';", false],
  ])('answers for %s', (_name, code, expected) => {
    // Act
    const names = namesGlobalObject(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));

    // Assess
    expect(names).toBe(expected);
  });
});
