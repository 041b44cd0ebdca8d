import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './encoding';

describe('encodings', () => {
  it.each([
    ['base64Encode', () => base64Encode('héllo ✓'), 'aMOpbGxvIOKckw=='],
    ['base64Decode', () => base64Decode('aMOpbGxvIOKckw=='), 'héllo ✓'],
    ['urlEncode keeps .-*_ and writes + for space', () => urlEncode("a b.c-d*e_f!'()~é"), 'a+b.c-d*e_f%21%27%28%29%7E%C3%A9'],
    ['urlDecode', () => urlDecode('a+b%2Bc%C3%A9'), 'a b+cé'],
    ['escapeJavaScript', () => escapeJavaScript('say "hi"\n\'/\\ é'), 'say \\"hi\\"\\n\\\'\\/\\\\ \\u00E9'],
  ])('%s', (_name, act, expected) => {
    // Prepare
    const run = act;

    // Act
    const result = run();

    // Assess
    expect(result).toBe(expected);
  });
});
