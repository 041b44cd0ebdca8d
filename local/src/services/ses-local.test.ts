// Tests for the SES stand-in launcher and readMailbox: raw mails come back with their own headers and attachments;
// mail through the configuration set publishes its events, mailbox simulator outcomes included; with a mail file,
// the mailbox survives a restart.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESClient, SendEmailCommand, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from './ports';
import type { SesEventRecord } from './ses-event-records';
import { addressesOf, readMailbox, startSesLocal, type SesLocal } from './ses-local';

let ses: SesLocal;
let client: SESClient;
const published: SesEventRecord[] = [];
const waiting: Array<() => void> = [];

/** Resolves with the events of one message once its `count`-th event has been published. */
function eventsOf(messageId: string, count: number): Promise<SesEventRecord[]> {
  const mine = () => published.filter((record) => record.mail.messageId === messageId);
  return new Promise((resolve) => {
    const check = () => {
      if (mine().length < count) return false;
      resolve(mine());
      return true;
    };
    if (!check()) waiting.push(() => void check());
  });
}

function sesClient(endpoint: string): SESClient {
  return new SESClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    requestHandler: { requestTimeout: 5_000 },
  });
}

beforeAll(async () => {
  const began = Date.now();
  ses = await startSesLocal({
    port: await freePort(),
    events: {
      configurationSet: 'test-set',
      eventTypes: ['Send', 'Delivery', 'Bounce', 'Complaint'],
      publish: (record) => {
        published.push(record);
        for (const wake of waiting) wake();
      },
    },
  });
  console.info(`aws-ses-v2-local ready in ${Date.now() - began} ms`);
  client = sesClient(ses.endpoint);
});

afterAll(async () => {
  client?.destroy();
  await ses?.stop();
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startSesLocal + readMailbox', () => {
  it('returns a raw mail with every header, both bodies and its attachment', async () => {
    // Prepare
    const raw = [
      'From: Herald <no-reply@herald.example>',
      'To: "Doe, Jane" <Jane@x.example>',
      'Subject: =?UTF-8?Q?Caf=C3=A9?= night',
      'List-Unsubscribe: <https://herald.example/unsubscribe?token=t1>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: multipart/alternative; boundary="b2"',
      '',
      '--b2',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'See you there',
      '--b2',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>See you there</p>',
      '--b2--',
      '--b1',
      'Content-Type: text/calendar; method=REQUEST; charset=utf-8',
      'Content-Disposition: attachment; filename="invite.ics"',
      '',
      'BEGIN:VCALENDAR',
      'END:VCALENDAR',
      '--b1--',
      '',
    ].join('\r\n');

    // Act
    await client.send(new SendRawEmailCommand({ RawMessage: { Data: Buffer.from(raw) } }));
    const mail = (await readMailbox(ses.storeUrl)).find((m) => m.subject === 'Café night');

    // Assess
    expect(mail).toMatchObject({
      to: ['Jane@x.example'],
      text: 'See you there',
      html: '<p>See you there</p>',
      headers: {
        'list-unsubscribe': '<https://herald.example/unsubscribe?token=t1>',
        'list-unsubscribe-post': 'List-Unsubscribe=One-Click',
        subject: 'Café night',
      },
    });
    expect(mail?.from).toContain('no-reply@herald.example');
    expect(mail?.attachments).toHaveLength(1);
    expect(mail?.attachments[0]).toMatchObject({ filename: 'invite.ics', contentType: 'text/calendar' });
    expect(Buffer.from(mail?.attachments[0].contentBase64 ?? '', 'base64').toString()).toContain('BEGIN:VCALENDAR');
  });

  it('maps a simple SendEmail into the same shape', async () => {
    // Prepare
    const input = {
      Source: 'no-reply@herald.example',
      Destination: { ToAddresses: ['a@x.example'] },
      Message: { Subject: { Data: 'Simple' }, Body: { Text: { Data: 'plain' } } },
    };

    // Act
    await client.send(new SendEmailCommand(input));
    const mail = (await readMailbox(ses.storeUrl)).find((m) => m.subject === 'Simple');

    // Assess
    expect(mail).toMatchObject({ to: ['a@x.example'], from: 'no-reply@herald.example', text: 'plain', html: '', headers: {} });
  });

  it.each([
    [['"Doe, Jane" <jane@x.example>, bob@y.example'], ['jane@x.example']],
    [['a@x.example, b@y.example'], ['a@x.example', 'b@y.example']],
    [['A <a@x.example>', 'b@y.example'], ['a@x.example', 'b@y.example']],
  ])('addressesOf(%j) → %j', (texts, expected) => {
    // Act
    const addresses = addressesOf(texts);

    // Assess
    expect(addresses).toEqual(expected);
  });

  it('publishes a labelled bounce@ after the send call returned, and keeps the mail in the mailbox', async () => {
    // Prepare
    const raw = ['From: Herald <no-reply@herald.example>', 'To: bounce+t1@simulator.amazonses.com', 'Subject: Confirm', '', 'Click'].join('\r\n');

    // Act
    const { MessageId } = await client.send(
      new SendRawEmailCommand({ Destinations: ['bounce+t1@simulator.amazonses.com'], ConfigurationSetName: 'test-set', RawMessage: { Data: Buffer.from(raw) } }),
    );
    const publishedAtReturn = published.filter((record) => record.mail.messageId === MessageId).length;
    const events = await eventsOf(MessageId!, 2);
    const mail = (await readMailbox(ses.storeUrl)).find((m) => m.messageId === MessageId);

    // Assess
    expect(publishedAtReturn).toBe(0);
    expect(events.map((record) => record.eventType)).toEqual(['Send', 'Bounce']);
    expect(events[1]).toMatchObject({
      bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: 'bounce+t1@simulator.amazonses.com' }] },
      mail: { destination: ['bounce+t1@simulator.amazonses.com'], commonHeaders: { subject: 'Confirm' }, tags: { 'ses:configuration-set': ['test-set'] } },
    });
    expect(mail).toMatchObject({ to: ['bounce+t1@simulator.amazonses.com'], subject: 'Confirm' });
  });

  it('answers mail to ooto@ with an auto-reply to the sender, and publishes it as delivered', async () => {
    // Prepare
    const input = {
      Source: 'no-reply@herald.example',
      Destination: { ToAddresses: ['ooto+t2@simulator.amazonses.com'] },
      Message: { Subject: { Data: 'Away test' }, Body: { Text: { Data: 'plain' } } },
      ConfigurationSetName: 'test-set',
    };

    // Act
    const { MessageId } = await client.send(new SendEmailCommand(input));
    const events = await eventsOf(MessageId!, 2);
    const reply = (await readMailbox(ses.storeUrl)).find((m) => m.subject === 'Auto: Away test');

    // Assess
    expect(events.map((record) => record.eventType)).toEqual(['Send', 'Delivery']);
    expect(reply).toMatchObject({ to: ['no-reply@herald.example'], from: 'ooto+t2@simulator.amazonses.com', headers: { 'auto-submitted': 'auto-replied' } });
  });

  it('stop() ends the child process', async () => {
    // Prepare
    const other = await startSesLocal({ port: await freePort() });

    // Act
    await other.stop();

    // Assess
    expect(isAlive(other.child.pid)).toBe(false);
  });
});

describe('startSesLocal with a mail file', () => {
  let dir: string;
  const running: Array<{ stop(): Promise<void> }> = [];

  /** A stand-in on a free port with `mailFile` and a client for it, both stopped after the test. */
  async function startWith(mailFile: string): Promise<{ ses: SesLocal; client: SESClient }> {
    const started = await startSesLocal({ port: await freePort(), mailFile });
    const client = sesClient(started.endpoint);
    running.push(started, { stop: async () => client.destroy() });
    return { ses: started, client };
  }

  const simpleMail = (subject: string, to = 'a@x.example') =>
    new SendEmailCommand({
      Source: 'no-reply@herald.example',
      Destination: { ToAddresses: [to] },
      Message: { Subject: { Data: subject }, Body: { Text: { Data: 'plain' } } },
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'herald-ses-mail-'));
  });

  afterEach(async () => {
    for (const started of running.splice(0)) await started.stop();
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the same raw and simple mails (and out-of-office replies) back after a restart', async () => {
    // Prepare
    const mailFile = join(dir, 'restart.jsonl');
    const raw = [
      'From: Herald <no-reply@herald.example>',
      'To: b@x.example',
      'Subject: Kept raw',
      'List-Unsubscribe: <https://herald.example/unsubscribe?token=t3>',
      '',
      'Raw body',
    ].join('\r\n');
    const first = await startWith(mailFile);
    await first.client.send(new SendRawEmailCommand({ RawMessage: { Data: Buffer.from(raw) } }));
    await first.client.send(simpleMail('Kept simple', 'ooto+t4@simulator.amazonses.com'));
    // The auto-reply is saved once the send's answer is out.
    const before = await vi.waitFor(async () => {
      const mails = await readMailbox(first.ses.storeUrl);
      expect(mails).toHaveLength(3);
      return mails;
    });
    await first.ses.stop();

    // Act
    const second = await startWith(mailFile);
    const after = await readMailbox(second.ses.storeUrl);

    // Assess
    expect(before.map((m) => m.subject)).toEqual(['Kept raw', 'Kept simple', 'Auto: Kept simple']);
    expect(after).toEqual(before);
    expect(after[0].headers).toMatchObject({ 'list-unsubscribe': '<https://herald.example/unsubscribe?token=t3>', subject: 'Kept raw' });
  });

  it('skips a torn last line, and the next mail is kept after it', async () => {
    // Prepare
    const mailFile = join(dir, 'torn.jsonl');
    const stored = {
      messageId: 'ses-100000001',
      from: 'no-reply@herald.example',
      replyTo: [],
      destination: { to: ['a@x.example'], cc: [], bcc: [] },
      subject: 'Before the crash',
      body: { text: 'plain' },
      attachments: [],
      at: 1_700_000_000,
    };
    await writeFile(mailFile, `${JSON.stringify(stored)}\n{"messageId":"ses-1000`);

    // Act
    const first = await startWith(mailFile);
    const loaded = await readMailbox(first.ses.storeUrl);
    await first.client.send(simpleMail('After the crash'));
    await first.ses.stop();
    const second = await startWith(mailFile);
    const reloaded = await readMailbox(second.ses.storeUrl);

    // Assess
    expect(loaded.map((m) => m.subject)).toEqual(['Before the crash']);
    expect(reloaded.map((m) => m.subject)).toEqual(['Before the crash', 'After the crash']);
  });

  it('empties the mail file when the store is cleared, so the mail does not come back', async () => {
    // Prepare
    const mailFile = join(dir, 'cleared.jsonl');
    const first = await startWith(mailFile);
    await first.client.send(simpleMail('Cleared'));

    // Act
    const cleared = await fetch(`${first.ses.endpoint}/clear-store`, { method: 'POST' });
    await first.ses.stop();
    const second = await startWith(mailFile);

    // Assess
    expect(cleared.status).toBe(200);
    expect(await readFile(mailFile, 'utf8')).toBe('');
    expect(await readMailbox(second.ses.storeUrl)).toEqual([]);
  });
});
