import { describe, expect, it } from 'vitest';
import { javaMatches } from './java-regex';

describe('javaMatches', () => {
  it.each([
    ['a*b', 'aaaaab', true],
    ['a*b', 'aaaaabc', false],
    ['b', 'abc', false],
    ['foo|bar', 'bar', true],
    ['[a-z]+@[a-z]+\\.com', 'me@example.com', true],
    ['\\Qa.b\\E', 'a.b', true],
    ['\\Qa.b\\E', 'axb', false],
    ['\\p{Alpha}+\\p{Digit}', 'abc1', true],
    ['[\\p{Upper}]+', 'ABC', true],
    ['(?i)hello', 'HeLLo', true],
    ['a++b', 'aab', true],
    ['(?>ab)c', 'abc', true],
    ['\\Aabc\\z', 'abc', true],
    ['\\#\\-x', '#-x', true],
  ])('matches(%s, %s) is %s', (pattern, value, expected) => {
    // Prepare
    const input = value;

    // Act
    const result = javaMatches(pattern, input);

    // Assess
    expect(result).toBe(expected);
  });

  it('rejects an invalid pattern', () => {
    // Prepare
    const pattern = '(unclosed';

    // Act
    const act = () => javaMatches(pattern, 'x');

    // Assess
    expect(act).toThrow(SyntaxError);
  });
});
