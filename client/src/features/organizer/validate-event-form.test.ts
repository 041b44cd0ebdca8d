import { describe, expect, it } from 'vitest';
import { validateEventForm } from './validate-event-form';
import type { EventFormValues } from './validate-event-form';

const NOW = new Date('2026-01-01T00:00:00Z');
const valid: EventFormValues = {
  title: '  Spring meetup  ',
  description: '',
  startsAtLocal: '2026-04-01T18:30',
  timeZone: 'Europe/Berlin',
};

describe('validateEventForm', () => {
  it('converts a valid form into CreateEventInput (trimmed title, UTC start, null description)', () => {
    // Prepare: the valid fixture
    // Act
    const result = validateEventForm(valid, NOW);
    // Assess
    expect(result).toEqual({
      ok: true,
      input: { title: 'Spring meetup', description: null, startsAt: '2026-04-01T16:30:00Z', timeZone: 'Europe/Berlin' },
      notice: null,
    });
  });

  it.each([
    ['blank title', { title: '   ' }, 'title', 'Enter a title.'],
    ['long title', { title: 'x'.repeat(201) }, 'title', 'Use at most 200 characters (now 201).'],
    ['long description', { description: 'x'.repeat(5001) }, 'description', 'Use at most 5000 characters (now 5001).'],
    ['missing start', { startsAtLocal: '' }, 'startsAt', 'Enter when the event starts.'],
    ['past start', { startsAtLocal: '2025-12-31T12:00' }, 'startsAt', 'Choose a time in the future.'],
    ['unknown zone', { timeZone: 'Nowhere/Land' }, 'timeZone', 'Choose a time zone from the list.'],
    ['missing zone', { timeZone: '' }, 'timeZone', 'Choose a time zone.'],
    [
      'time in a DST gap',
      { startsAtLocal: '2026-03-29T02:30' },
      'startsAt',
      '2026-03-29 02:30 does not exist in Europe/Berlin: the clocks skip that hour. Choose another time.',
    ],
  ])('reports %s next to its field', (_case, patch, field, message) => {
    // Prepare
    const values = { ...valid, ...patch };
    // Act
    const result = validateEventForm(values, NOW);
    // Assess
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('accepts an ambiguous fall-back time and says which one was used', () => {
    // Prepare
    const values = { ...valid, startsAtLocal: '2026-10-25T02:30' };
    // Act
    const result = validateEventForm(values, NOW);
    // Assess
    expect(result.ok && result.input.startsAt).toBe('2026-10-25T00:30:00Z');
    expect(result.ok && result.notice).toMatch(/happens twice in Europe\/Berlin/);
  });
});
