// Tests for the announcement mail's content and its RFC 8058 headers.
import { describe, expect, it } from 'vitest';
import { publishedEvent } from '../test-support/seed';
import { composeAnnouncement } from './announcement-mail';

describe('composeAnnouncement', () => {
  it('carries title, local time, place, link and a personal one-click unsubscribe, escaped in HTML', () => {
    // Prepare
    const event = publishedEvent('ev-1', { title: 'Jazz <night> & more' });

    // Act
    const mail = composeAnnouncement({
      event,
      to: 'ada@example.test',
      unsubscribeToken: 'tok_123456789',
      from: { name: 'Herald', email: 'no-reply@herald.test' },
      links: { publicBaseUrl: 'https://herald.test', unsubscribeUrl: 'https://u.herald.test/' },
      date: new Date('2026-11-22T10:00:00Z'),
    });

    // Assess
    expect(mail.subject).toBe('New event: Jazz <night> & more');
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe': '<https://u.herald.test/?token=tok_123456789>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(mail.text).toContain('When:  Saturday, 5 December 2026, 19:00 GMT+1 (Europe/Berlin)');
    expect(mail.text).toContain('Where: Kulturhaus, Hauptstraße 1, Berlin, DE');
    expect(mail.text).toContain('More:  https://herald.test/events/ev-1');
    expect(mail.text).toContain('Unsubscribe with one click: https://u.herald.test/?token=tok_123456789');
    expect(mail.html).toContain('Jazz &lt;night&gt; &amp; more');
    expect(mail.html).toContain('href="https://u.herald.test/?token=tok_123456789"');
  });
});
