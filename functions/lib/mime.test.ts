// Tests for raw MIME messages: structure, header encoding and header-injection safety.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildRawMessage, encodeHeaderText, formatMailbox, parseMailbox, type OutgoingMail } from './mime';

// mailparser (what the SES stand-in parses with) ships no types; only what these tests read is typed.
type Parsed = {
  subject?: string;
  from?: { value: Array<{ name: string; address: string }> };
  to?: { value: Array<{ address: string }> };
  text?: string;
  html?: string | false;
  date?: Date;
  headerLines: Array<{ key: string; line: string }>;
  attachments: Array<{ contentType: string; filename?: string; content: Buffer }>;
};
const { simpleParser } = createRequire(import.meta.url)('mailparser') as { simpleParser(source: Buffer): Promise<Parsed> };

const mail: OutgoingMail = {
  from: { name: 'Herald Événements', email: 'no-reply@herald.test' },
  to: 'ada@example.test',
  subject: 'New event: Café concert — tonight',
  text: 'Plain body ✓',
  html: '<p>HTML body ✓</p>',
  headers: { 'List-Unsubscribe': '<https://herald.test/u?token=abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  date: new Date('2026-11-22T10:00:00Z'),
};

describe('buildRawMessage', () => {
  it('produces a message a real parser reads back intact', async () => {
    // Act
    const parsed = await simpleParser(Buffer.from(buildRawMessage(mail)));

    // Assess
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Herald Événements', address: 'no-reply@herald.test' });
    expect(parsed.to?.value[0].address).toBe('ada@example.test');
    expect(parsed.text?.trim()).toBe('Plain body ✓');
    expect(parsed.html).toBe('<p>HTML body ✓</p>');
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed.date?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
  });

  it('adds the invite inline and as an attachment', async () => {
    // Prepare
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';

    // Act
    const parsed = await simpleParser(Buffer.from(buildRawMessage({ ...mail, calendar: { method: 'REQUEST', ics } })));

    // Assess
    const types = parsed.attachments.map((a) => a.contentType);
    expect(types).toEqual(expect.arrayContaining(['text/calendar', 'application/ics']));
    expect(parsed.attachments.find((a) => a.filename === 'invite.ics')?.content.toString()).toBe(ics);
  });

  it('cannot be given extra header lines through values', async () => {
    // Act
    const raw = Buffer.from(buildRawMessage({ ...mail, subject: 'Hi\r\nBcc: victim@example.test', headers: { 'X-A': 'v\r\nBcc: victim@example.test' } })).toString();

    // Assess
    expect(raw).not.toMatch(/^Bcc:/im);
  });
});

describe('header helpers', () => {
  it.each([
    ['ASCII stays as is', 'Hello', 'Hello'],
    ['non-ASCII is B-encoded', 'Café', '=?UTF-8?B?Q2Fmw6k=?='],
  ])('encodeHeaderText: %s', (_case, input, expected) => {
    // Act
    const encoded = encodeHeaderText(input);

    // Assess
    expect(encoded).toBe(expected);
  });

  it.each([
    ['Herald <no-reply@herald.test>', { name: 'Herald', email: 'no-reply@herald.test' }],
    ['"Herald Team" <a@b.test>', { name: 'Herald Team', email: 'a@b.test' }],
    ['a@b.test', { email: 'a@b.test' }],
  ])('parseMailbox(%s)', (text, expected) => {
    // Act
    const mailbox = parseMailbox(text);

    // Assess
    expect(mailbox).toEqual(expected);
    expect(parseMailbox(formatMailbox(mailbox))).toEqual(expected);
  });
});
