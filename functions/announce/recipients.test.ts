// Tests for recipient selection: topic matching, deliverability, and opaque cursors.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../lib/errors';
import { decodeCursor, encodeCursor, isDeliverable, matchesTopics } from './recipients';

const event = { category: 'Music', tags: ['jazz', 'live'] };

describe('matchesTopics', () => {
  it.each([
    [[], true],
    [['music'], true],
    [['JAZZ'], true],
    [['sports', 'live'], true],
    [['sports'], false],
  ])('topics %j → %s', (topics, expected) => {
    // Act
    const matches = matchesTopics(topics, event);

    // Assess
    expect(matches).toBe(expected);
  });

  it('matches only "everything" subscribers when the event has no category or tags', () => {
    // Act
    const results = [matchesTopics([], { category: null, tags: [] }), matchesTopics(['music'], { category: null, tags: null })];

    // Assess
    expect(results).toEqual([true, false]);
  });
});

describe('isDeliverable', () => {
  it.each([
    [{ email: 'a@x.test', topics: [], status: 'CONFIRMED' }, true],
    [{ email: 'a@x.test', topics: [], status: 'UNSUBSCRIBED' }, false],
    [{ email: 'a@x.test', topics: ['sports'], status: 'CONFIRMED' }, false],
    [{ email: '', topics: [], status: 'CONFIRMED' }, false],
  ])('%j → %s', (subscriber, expected) => {
    // Act
    const deliverable = isDeliverable(subscriber, event);

    // Assess
    expect(deliverable).toBe(expected);
  });
});

describe('cursors', () => {
  it('round-trips a LastEvaluatedKey and refuses anything else', () => {
    // Prepare
    const key = { pk: 'SUBSCRIBER#a@x.test', sk: 'SUBSCRIBER', gsi1pk: 'SUBS#CONFIRMED', gsi1sk: '2026#a@x.test' };

    // Act
    const cursor = encodeCursor(key);

    // Assess
    expect(decodeCursor(cursor)).toEqual(key);
    expect(encodeCursor(undefined)).toBeNull();
    expect(() => decodeCursor('not-a-cursor')).toThrow(ValidationError);
  });
});
