// Tests for reading an accepted send call into SES's terms: envelope, headers, configuration set, tags, caller.
import { describe, expect, it } from 'vitest';
import { sentMailOf, splitAddressList, type StoredSend } from './ses-local-sent-mail';

const AUTH = 'AWS4-HMAC-SHA256 Credential=AKIALOCAL/20260301/eu-west-1/ses/aws4_request, SignedHeaders=host, Signature=abc';
const RECEIVED = Date.parse('2026-03-01T09:00:00.125Z');
const stored = (over: Partial<StoredSend> = {}): StoredSend => ({
  messageId: 'ses-123456789',
  from: 'Herald <announcements@herald.local>',
  destination: { to: ['"Doe, Jane" <jane@x.example>'], cc: [], bcc: [] },
  subject: 'Hello',
  ...over,
});

describe('sentMailOf', () => {
  it('reads a v1 SendRawEmail: Destinations, configuration set, tags, raw headers and the SigV4 caller', () => {
    // Prepare
    const rawHeaders = [
      { name: 'From', value: 'Herald <announcements@herald.local>' },
      { name: 'To', value: '"Doe, Jane" <jane@x.example>' },
      { name: 'X-SES-MESSAGE-TAGS', value: 'campaign=spring, kind=announce' },
    ];
    const body = {
      Action: 'SendRawEmail',
      Source: 'Herald <announcements@herald.local>',
      'Destinations.member.2': 'Bounce+B@simulator.amazonses.com',
      'Destinations.member.1': 'jane@x.example',
      ConfigurationSetName: 'herald-local',
      'Tags.member.1.Name': 'kind',
      'Tags.member.1.Value': 'confirmation',
      'RawMessage.Data': 'ignored here',
    };

    // Act
    const mail = sentMailOf({ body, authorization: AUTH, sourceIp: '::ffff:127.0.0.1', receivedAt: RECEIVED, rawHeaders }, stored());

    // Assess
    expect(mail).toEqual({
      messageId: 'ses-123456789',
      timestamp: '2026-03-01T09:00:00.125Z',
      source: 'Herald <announcements@herald.local>',
      destination: ['jane@x.example', 'Bounce+B@simulator.amazonses.com'],
      headers: rawHeaders,
      configurationSet: 'herald-local',
      tags: { campaign: 'spring', kind: 'confirmation' },
      caller: 'AKIALOCAL',
      region: 'eu-west-1',
      sourceIp: '127.0.0.1',
    });
  });

  it('sends a raw mail without Destinations to its To, Cc and Bcc, and reads X-SES-CONFIGURATION-SET', () => {
    // Prepare
    const rawHeaders = [{ name: 'X-SES-CONFIGURATION-SET', value: 'from-header' }];
    const destination = { to: ['"Doe, Jane" <jane@x.example>, bob@y.example'], cc: ['Cy <cy@z.example>'], bcc: ['dee@z.example'] };

    // Act
    const mail = sentMailOf({ body: { Action: 'SendRawEmail' }, receivedAt: RECEIVED, rawHeaders }, stored({ destination }));

    // Assess
    expect(mail).toMatchObject({
      source: 'Herald <announcements@herald.local>',
      destination: ['jane@x.example', 'bob@y.example', 'cy@z.example', 'dee@z.example'],
      configurationSet: 'from-header',
      caller: 'unknown',
      region: 'us-east-1',
    });
  });

  it.each([
    [
      'v1 SendEmail',
      { Action: 'SendEmail', Source: 'a@herald.local', 'Destination.ToAddresses.member.1': 'to@x.example', 'Destination.BccAddresses.member.1': 'bcc@x.example' },
      'a@herald.local',
    ],
    ['v2 SendEmail', { FromEmailAddress: 'a@herald.local', Destination: { ToAddresses: ['to@x.example'], BccAddresses: ['bcc@x.example'] }, EmailTags: [{ Name: 'kind', Value: 'v2' }] }, 'a@herald.local'],
  ])('writes the headers SES builds for a simple mail (%s)', (_case, body, source) => {
    // Prepare
    const simple = stored({ from: source, destination: { to: ['to@x.example'], cc: [], bcc: ['bcc@x.example'] }, headers: [{ name: 'X-Custom', value: '1' }] });

    // Act
    const mail = sentMailOf({ body, receivedAt: RECEIVED }, simple);

    // Assess
    expect(mail.source).toBe(source);
    expect(mail.destination).toEqual(['to@x.example', 'bcc@x.example']);
    expect(mail.headers).toEqual([
      { name: 'From', value: source },
      { name: 'To', value: 'to@x.example' },
      { name: 'Subject', value: 'Hello' },
      { name: 'MIME-Version', value: '1.0' },
      { name: 'X-Custom', value: '1' },
    ]);
    expect(mail.configurationSet).toBeUndefined();
  });
});

describe('splitAddressList', () => {
  it.each([
    ['"Doe, Jane" <jane@x.example>, bob@y.example', ['"Doe, Jane" <jane@x.example>', 'bob@y.example']],
    ['a@x.example', ['a@x.example']],
    ['<odd,part@x.example>, b@y.example,', ['<odd,part@x.example>', 'b@y.example']],
  ])('%s → %j', (text, parts) => {
    // Act
    const split = splitAddressList(text);

    // Assess
    expect(split).toEqual(parts);
  });
});
