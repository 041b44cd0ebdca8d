// Tests for the parent-side SES event publisher: only the configuration set's mail publishes, only the
// destination's event types, after the report arrived; bad reports are refused; close() drops what is pending.
import { afterEach, describe, expect, it } from 'vitest';
import type { SesEventRecord } from './ses-event-records';
import type { SentMail } from './ses-local-sent-mail';
import { startSesEventPublisher, type SesEventPublisher } from './ses-local-publisher';

const sent = (messageId: string, destination: string[], configurationSet?: string): SentMail => ({
  messageId,
  timestamp: new Date().toISOString(),
  source: 'a@herald.local',
  destination,
  headers: [],
  configurationSet,
  tags: {},
  caller: 'AKIALOCAL',
  region: 'us-east-1',
  sourceIp: '127.0.0.1',
});

const report = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

let publisher: SesEventPublisher | undefined;
afterEach(async () => {
  await publisher?.close();
  publisher = undefined;
});

describe('startSesEventPublisher', () => {
  it("hands the set's bounce and complaint records to the destination, and nothing of mail sent without the set", async () => {
    // Prepare
    const published: SesEventRecord[] = [];
    publisher = await startSesEventPublisher({ configurationSet: 'herald-local', eventTypes: ['Bounce', 'Complaint'], publish: (record) => void published.push(record), latencyMs: 0 }, () => {});

    // Act
    const statuses = [
      (await report(publisher.url, sent('m-none', ['bounce@simulator.amazonses.com']))).status,
      (await report(publisher.url, sent('m-other', ['bounce@simulator.amazonses.com'], 'other-set'))).status,
      (await report(publisher.url, sent('m-set', ['complaint+a@simulator.amazonses.com', 'bounce+b@simulator.amazonses.com'], 'herald-local'))).status,
    ];
    await publisher.idle();

    // Assess
    expect(statuses).toEqual([204, 204, 204]);
    expect(published.map((record) => [record.mail.messageId, record.eventType])).toEqual([
      ['m-set', 'Bounce'],
      ['m-set', 'Complaint'],
    ]);
  });

  it('keeps publishing when the destination throws, and logs it', async () => {
    // Prepare
    const lines: string[] = [];
    const published: string[] = [];
    const publish = (record: SesEventRecord) => {
      if (record.eventType === 'Delivery') throw new Error('topic gone');
      published.push(record.eventType);
    };
    publisher = await startSesEventPublisher({ configurationSet: 's', eventTypes: ['Send', 'Delivery', 'Complaint'], publish, latencyMs: 0 }, (line) => lines.push(line));

    // Act
    await report(publisher.url, sent('m-1', ['complaint@simulator.amazonses.com'], 's'));
    await publisher.idle();

    // Assess
    expect(published).toEqual(['Send', 'Complaint']);
    expect(lines).toEqual([expect.stringContaining('failed on Delivery of m-1: topic gone')]);
  });

  it.each([
    ['a body that is not JSON', (url: string) => report(url, 'nope'), 400],
    ['JSON that is not a sent mail', (url: string) => report(url, { messageId: 1 }), 400],
    ['another path', (url: string) => report(new URL('/elsewhere', url).href, sent('m', [], 's')), 404],
  ])('refuses %s', async (_case, send, status) => {
    // Prepare
    const published: SesEventRecord[] = [];
    publisher = await startSesEventPublisher({ configurationSet: 's', eventTypes: ['Send'], publish: (record) => void published.push(record), latencyMs: 0 }, () => {});

    // Act
    const response = await send(publisher.url);
    await publisher.idle();

    // Assess
    expect(response.status).toBe(status);
    expect(published).toEqual([]);
  });

  it('drops the events still waiting when closed', async () => {
    // Prepare
    const published: SesEventRecord[] = [];
    publisher = await startSesEventPublisher({ configurationSet: 's', eventTypes: ['Send'], publish: (record) => void published.push(record), latencyMs: 60_000 }, () => {});
    await report(publisher.url, sent('m-late', ['ada@example.com'], 's'));

    // Act
    await publisher.close();
    await publisher.idle();
    publisher = undefined;

    // Assess
    expect(published).toEqual([]);
  });
});
