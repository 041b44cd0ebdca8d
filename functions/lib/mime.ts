// Builds one raw RFC 5322 / MIME message for SES SendRawEmail: text + HTML alternatives, an optional iTIP calendar
// part with its .ics attachment, and extra headers (List-Unsubscribe). Header values can never inject lines.
import { randomUUID } from 'node:crypto';

export type Mailbox = { name?: string; email: string };

export type OutgoingMail = {
  from: Mailbox;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe; values are single-line. */
  headers?: Readonly<Record<string, string>>;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string };
  date: Date;
};

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
const ENCODED_WORD_BYTES = 45; // 60 base64 chars + `=?UTF-8?B?` + `?=` stays within RFC 2047's 75

function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

/** RFC 2047 B-encoding for non-ASCII text, split on character boundaries and folded. */
export function encodeHeaderText(value: string): string {
  const text = singleLine(value);
  if (ASCII_PRINTABLE.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join('\r\n ');
}

export function formatMailbox({ name, email }: Mailbox): string {
  const address = singleLine(email);
  if (!name) return address;
  const display = ASCII_PRINTABLE.test(name) ? `"${singleLine(name).replace(/["\\]/g, '')}"` : encodeHeaderText(name);
  return `${display} <${address}>`;
}

/** `Herald <no-reply@x.org>` or `no-reply@x.org` → a mailbox. */
export function parseMailbox(text: string): Mailbox {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (match) return { name: match[1] || undefined, email: match[2] };
  return { email: text.trim() };
}

function base64Body(content: string): string {
  return (Buffer.from(content, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function part(contentType: string, content: string, extraHeaders: string[] = []): string {
  return [`Content-Type: ${contentType}`, 'Content-Transfer-Encoding: base64', ...extraHeaders, '', base64Body(content)].join('\r\n');
}

function multipart(subtype: string, boundary: string, parts: string[]): string {
  const body = parts.map((p) => `--${boundary}\r\n${p}`).join('\r\n');
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"\r\n\r\n${body}\r\n--${boundary}--`;
}

export function buildRawMessage(mail: OutgoingMail, newBoundary: () => string = () => `=_${randomUUID()}`): Uint8Array {
  const alternatives = [part('text/plain; charset=UTF-8', mail.text), part('text/html; charset=UTF-8', mail.html)];
  let body: string;
  if (mail.calendar) {
    const { method, ics } = mail.calendar;
    // Inline alternative for mail clients that render invites; the attachment for everyone else.
    alternatives.push(part(`text/calendar; charset=UTF-8; method=${method}`, ics));
    const attachment = part(`application/ics; name="invite.ics"`, ics, ['Content-Disposition: attachment; filename="invite.ics"']);
    body = multipart('mixed', newBoundary(), [multipart('alternative', newBoundary(), alternatives), attachment]);
  } else {
    body = multipart('alternative', newBoundary(), alternatives);
  }
  const headers = [
    `From: ${formatMailbox(mail.from)}`,
    `To: ${formatMailbox({ email: mail.to })}`,
    `Subject: ${encodeHeaderText(mail.subject)}`,
    `Date: ${mail.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name.replace(/[^A-Za-z0-9-]/g, '')}: ${singleLine(value)}`),
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n${body}\r\n`, 'utf8');
}
