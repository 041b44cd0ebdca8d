import { describe, expect, it } from 'vitest';
import { createTimeUtil, parseISO8601ToEpochMilliSeconds } from './time';

const time = createTimeUtil(() => 1517943695758);

describe('util.time', () => {
  it.each([
    ['nowISO8601', () => time.nowISO8601(), '2018-02-06T19:01:35.758Z'],
    ['nowEpochSeconds', () => time.nowEpochSeconds(), 1517943695],
    ['nowEpochMilliSeconds', () => time.nowEpochMilliSeconds(), 1517943695758],
    ['nowFormatted', () => time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth'), '2018-02-07 03:01:35+0800'],
    ['epochMilliSecondsToSeconds', () => time.epochMilliSecondsToSeconds(1517943695758), 1517943695],
    ['epochMilliSecondsToISO8601', () => time.epochMilliSecondsToISO8601(1517943695758), '2018-02-06T19:01:35.758Z'],
    ['epochMilliSecondsToFormatted', () => time.epochMilliSecondsToFormatted(1517943695758, 'yyyy-MM-dd HH:mm:ssZ'), '2018-02-06 19:01:35+0000'],
    ['parseFormattedToEpochMilliSeconds', () => time.parseFormattedToEpochMilliSeconds('2018-02-01 17:21:05.000+0000', 'yyyy-MM-dd HH:mm:ss.SSSZ'), 1517505665000],
  ])('%s', (_name, act, expected) => {
    // Prepare
    const run = act;

    // Act
    const result = run();

    // Assess
    expect(result).toBe(expected);
  });

  it.each([
    ['2018-02-01T17:21:05.000+08:00', 1517476865000],
    ['2018-02-01T17:21:05Z', 1517505665000],
    ['2018-02-01T17:21:05.123456789-0130', 1517505665123 + 90 * 60000],
    ['2018-02-01', Date.UTC(2018, 1, 1)],
    ['2018-02-01T17:21', Date.UTC(2018, 1, 1, 17, 21)],
  ])('parseISO8601ToEpochMilliSeconds(%s)', (text, expected) => {
    // Prepare
    const input = text;

    // Act
    const ms = parseISO8601ToEpochMilliSeconds(input);

    // Assess
    expect(ms).toBe(expected);
  });

  it('rejects text that is not ISO-8601', () => {
    // Prepare
    const text = 'yesterday';

    // Act
    const act = () => parseISO8601ToEpochMilliSeconds(text);

    // Assess
    expect(act).toThrow(RangeError);
  });
});
