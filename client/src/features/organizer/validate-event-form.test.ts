import { describe, expect, it } from 'vitest';
import type { EventView } from '../../lib/event-details';
import { emptyEventForm, eventToForm, parseTags, validateEventForm } from './validate-event-form';
import type { EventFormValues } from './validate-event-form';

const NOW = new Date('2026-01-01T00:00:00Z');
const valid: EventFormValues = {
  ...emptyEventForm('Europe/Berlin'),
  title: '  Spring meetup  ',
  startsAtLocal: '2026-04-01T18:30',
  venueName: 'c-base',
  venueCity: 'Berlin',
};

describe('validateEventForm', () => {
  it('converts a valid form into the API input (trimmed, UTC times, nulls for blanks, normalized tags)', () => {
    // Prepare
    const values = { ...valid, endsAtLocal: '2026-04-01T21:00', tags: 'GraphQL, aws, graphql', category: ' Tech ', capacity: '40' };
    // Act
    const result = validateEventForm(values, NOW);
    // Assess
    expect(result).toEqual({
      ok: true,
      input: {
        title: 'Spring meetup',
        description: null,
        startsAt: '2026-04-01T16:30:00Z',
        endsAt: '2026-04-01T19:00:00Z',
        timeZone: 'Europe/Berlin',
        venue: { name: 'c-base', address: null, city: 'Berlin', country: null },
        onlineUrl: null,
        category: 'tech',
        tags: ['graphql', 'aws'],
        capacity: 40,
      },
      notice: null,
    });
  });

  it('accepts an online-only event with no seat limit', () => {
    // Prepare
    const values = { ...valid, venueName: '', venueCity: '', onlineUrl: 'https://meet.example.com/x' };
    // Act
    const result = validateEventForm(values, NOW);
    // Assess
    expect(result.ok && result.input).toMatchObject({ venue: null, onlineUrl: 'https://meet.example.com/x', capacity: null });
  });

  it.each([
    ['blank title', { title: '   ' }, 'title', 'Enter a title.'],
    ['long title', { title: 'x'.repeat(201) }, 'title', 'Use at most 200 characters (now 201).'],
    ['long description', { description: 'x'.repeat(5001) }, 'description', 'Use at most 5000 characters (now 5001).'],
    ['missing start', { startsAtLocal: '' }, 'startsAt', 'Enter when the event starts.'],
    ['past start', { startsAtLocal: '2025-12-31T12:00' }, 'startsAt', 'Choose a time in the future.'],
    ['end before start', { endsAtLocal: '2026-04-01T18:00' }, 'endsAt', 'Choose an end after the start.'],
    ['unknown zone', { timeZone: 'Nowhere/Land' }, 'timeZone', 'Choose a time zone from the list.'],
    ['missing zone', { timeZone: '' }, 'timeZone', 'Choose a time zone.'],
    [
      'time in a DST gap',
      { startsAtLocal: '2026-03-29T02:30' },
      'startsAt',
      '2026-03-29 02:30 does not exist in Europe/Berlin: the clocks skip that hour. Choose another time.',
    ],
    ['neither venue nor link', { venueName: '', venueCity: '' }, 'venue', 'Give a venue, an online link, or both.'],
    ['venue without a name', { venueName: '' }, 'venue.name', 'Name the venue (or clear its other fields).'],
    ['long city', { venueCity: 'x'.repeat(101) }, 'venue.city', 'Use at most 100 characters (now 101).'],
    ['link that is not http(s)', { onlineUrl: 'ftp://example.com' }, 'onlineUrl', 'Enter a full http:// or https:// link of at most 2000 characters.'],
    ['too many tags', { tags: 'a,b,c,d,e,f,g,h,i,j,k' }, 'tags', 'Use at most 10 tags (now 11).'],
    ['long tag', { tags: 'x'.repeat(31) }, 'tags', 'Each tag can have at most 30 characters.'],
    ['zero capacity', { capacity: '0' }, 'capacity', 'Enter a whole number from 1 to 1,000,000, or leave it empty for no limit.'],
    ['fractional capacity', { capacity: '2.5' }, 'capacity', 'Enter a whole number from 1 to 1,000,000, or leave it empty for no limit.'],
  ])('reports %s next to its field', (_case, patch, field, message) => {
    // Prepare
    const values = { ...valid, ...patch };
    // Act
    const result = validateEventForm(values, NOW);
    // Assess
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('lets an editor keep a start that has passed', () => {
    // Prepare
    const values = { ...valid, startsAtLocal: '2025-12-31T12:00' };
    // Act
    const result = validateEventForm(values, NOW, { requireFutureStart: false });
    // Assess
    expect(result.ok).toBe(true);
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

describe('eventToForm', () => {
  it('shows an event in its own zone and round-trips through validation', () => {
    // Prepare
    const event = {
      title: 'Meetup',
      description: null,
      startsAt: '2026-04-01T16:30:00Z',
      endsAt: null,
      timeZone: 'Europe/Berlin',
      venue: null,
      onlineUrl: 'https://meet.example.com/x',
      category: 'tech',
      tags: ['graphql', 'aws'],
      availability: { capacity: 2, attendeeCount: 0, waitlistCount: 0, seatsLeft: 2 },
    } as unknown as EventView;
    // Act
    const values = eventToForm(event);
    const result = validateEventForm(values, NOW);
    // Assess
    expect(values).toMatchObject({ startsAtLocal: '2026-04-01T18:30', tags: 'graphql, aws', capacity: '2', venueName: '' });
    expect(result.ok && result.input).toMatchObject({ startsAt: '2026-04-01T16:30:00Z', tags: ['graphql', 'aws'], capacity: 2 });
  });
});

describe('parseTags', () => {
  it.each([
    ['GraphQL, aws ,graphql', ['graphql', 'aws']],
    ['#music,, ', ['music']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(parseTags(text)).toEqual(expected);
  });
});
