import { describe, expect, it } from 'vitest';
import { formatEpochMillis, parseToEpochMillis, tokenize } from './java-date-format';

const MS = 1517943695758; // 2018-02-06T19:01:35.758Z, the AppSync time-helper doc example

describe('formatEpochMillis', () => {
  it.each([
    ['yyyy-MM-dd HH:mm:ssZ', undefined, '2018-02-06 19:01:35+0000'],
    ['yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth', '2018-02-07 03:01:35+0800'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'UTC', '2018-02-06T19:01:35.758Z'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'America/New_York', '2018-02-06T14:01:35.758-05:00'],
    ['EEE, d MMM yy h:mm a', undefined, 'Tue, 6 Feb 18 7:01 PM'],
    ['EEEE MMMM dd', 'Asia/Kolkata', 'Wednesday February 07'],
    ["'at' HH 'o''clock' z", undefined, "at 19 o'clock UTC"],
    ['H:m:s.S', undefined, '19:1:35.7'],
    ['xx X', 'Asia/Kolkata', '+0530 +0530'],
  ])('formats %s in %s', (pattern, zone, expected) => {
    // Prepare
    const input = MS;

    // Act
    const text = formatEpochMillis(input, pattern, zone);

    // Assess
    expect(text).toBe(expected);
  });

  it.each([['q'], ["'unterminated"]])('rejects the pattern %s like Java does', (pattern) => {
    // Prepare
    const input = pattern;

    // Act
    const act = () => tokenize(input);

    // Assess
    expect(act).toThrow(RangeError);
  });
});

describe('parseToEpochMillis', () => {
  it.each([
    ['2018-02-01 17:21:05.000+0000', 'yyyy-MM-dd HH:mm:ss.SSSZ', undefined, 1517505665000],
    ['2018-02-01 17:21:05.000+0000', 'yyyy-MM-dd HH:mm:ss.SSSZ', 'Australia/Perth', 1517505665000],
    ['2018-02-01 17:21:05', 'yyyy-MM-dd HH:mm:ss', 'Australia/Perth', 1517476865000],
    ['2018-02-01 05:21:05 PM', 'yyyy-MM-dd hh:mm:ss a', undefined, 1517505665000],
    ['01 Feb 2018', 'dd MMM yyyy', undefined, Date.UTC(2018, 1, 1)],
  ])('parses %s with %s in %s', (text, pattern, zone, expected) => {
    // Prepare
    const input = text;

    // Act
    const ms = parseToEpochMillis(input, pattern, zone);

    // Assess
    expect(ms).toBe(expected);
  });

  it('rejects text that does not fit the pattern', () => {
    // Prepare
    const text = '2018/02/01';

    // Act
    const act = () => parseToEpochMillis(text, 'yyyy-MM-dd');

    // Assess
    expect(act).toThrow(/could not be parsed/);
  });
});
