// Tests for what `npm start` prints: progress per part, the URL table, and a dead part's last lines.
import { describe, expect, it } from 'vitest';
import { createProgressPrinter, formatPartExit, formatReadyTable } from './console-report';
import type { HeraldOutputs } from './outputs';

const outputs: HeraldOutputs = {
  appUrl: 'http://127.0.0.1:5173/',
  explorerUrl: 'http://127.0.0.1:4000/explorer',
  graphqlUrl: 'http://127.0.0.1:4000/graphql',
  realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
  apiKey: 'da2-key',
  region: 'us-east-1',
  userPoolId: 'us-east-1_LocalDev1',
  userPoolClientId: 'client1',
  cognitoEndpoint: 'http://127.0.0.1:9229',
  s3Endpoint: 'http://127.0.0.1:4568',
  bucket: 'herald-images',
  mailboxUrl: 'http://127.0.0.1:4000/mailbox',
  calendarUrl: 'http://127.0.0.1:4000/calendar.ics',
  demoUsers: [{ username: 'organizer', password: 'Organizer#2026', groups: ['organizers'] }],
};

describe('createProgressPrinter', () => {
  it('prints a starting and a ready line per part outside a terminal', () => {
    // Prepare
    let text = '';
    const progress = createProgressPrinter((chunk) => (text += chunk), false);
    // Act
    progress('DynamoDB Local', 'starting');
    progress('DynamoDB Local', 'ready', 2931);
    // Assess
    expect(text).toBe(`  … DynamoDB Local\n  ✓ ${'DynamoDB Local'.padEnd(28)}   2931 ms\n`);
  });

  it('keeps parts still starting on one status line that a terminal rewrites', () => {
    // Prepare
    let text = '';
    const progress = createProgressPrinter((chunk) => (text += chunk), true);
    // Act
    progress('DynamoDB Local', 'starting');
    progress('Cognito', 'starting');
    progress('Cognito', 'ready', 500);
    // Assess
    expect(text.split('\r\u001b[2K').at(-1)).toBe(`  ✓ ${'Cognito'.padEnd(28)}    500 ms\n  … starting DynamoDB Local`);
  });
});

describe('formatReadyTable', () => {
  it('lists every URL and the demo users with their passwords', () => {
    // Act
    const table = formatReadyTable({ outputs, ports: { dynamodb: 8000, ses: 8005 }, tableName: 'herald-main', outputsFile: '.herald/outputs.json', dataDir: '.herald', seconds: 4.8 });
    // Assess
    for (const text of [outputs.appUrl!, outputs.graphqlUrl, outputs.realtimeUrl, outputs.explorerUrl, 'http://127.0.0.1:8005/', outputs.mailboxUrl, outputs.calendarUrl, outputs.s3Endpoint, 'herald-images', 'http://127.0.0.1:8000', 'da2-key', 'Organizer#2026', 'ready in 4.8 s']) {
      expect(table).toContain(text);
    }
  });
});

describe('formatPartExit', () => {
  it.each([
    [{ part: 'DynamoDB Local', code: null, lastLines: ['Port: 8000'] }, 'DynamoDB Local stopped unexpectedly (was killed). Its last lines:\n  | Port: 8000'],
    [{ part: 'Web app (Vite)', code: 1, lastLines: [] }, 'Web app (Vite) stopped unexpectedly (exited with code 1). Its last lines:\n  | (no output)'],
  ])('names the part and shows its last lines', (exit, text) => {
    // Act
    const message = formatPartExit(exit);
    // Assess
    expect(message).toBe(text);
  });
});
