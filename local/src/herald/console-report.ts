// What `npm start` prints: live progress per part (starting → ready, with time), the table of URLs and demo
// users once everything is up, and a stand-in's last log lines when it dies. Formatting only; no I/O policy.
import type { HeraldOutputs } from './outputs';
import type { PartExit } from './herald-stack';

export type Write = (text: string) => void;

/**
 * Progress lines. On a terminal, parts still starting share one status line that is rewritten in place;
 * elsewhere (CI logs, pipes) each part gets a plain "starting" and a "ready" line.
 */
export function createProgressPrinter(write: Write, isTty: boolean) {
  const pending = new Map<string, number>();
  const status = () => (pending.size ? `  … starting ${[...pending.keys()].join(', ')}` : '');
  const clearStatus = () => (isTty ? '\r\u001b[2K' : '');

  return (part: string, state: 'starting' | 'ready', ms?: number): void => {
    if (state === 'starting') {
      pending.set(part, Date.now());
      write(isTty ? `${clearStatus()}${status()}` : `  … ${part}\n`);
      return;
    }
    pending.delete(part);
    const line = `  ✓ ${part.padEnd(28)} ${String(ms ?? 0).padStart(6)} ms\n`;
    write(isTty ? `${clearStatus()}${line}${status()}` : line);
  };
}

export interface ReadyTableInput {
  outputs: HeraldOutputs;
  ports: { dynamodb: number; ses: number };
  tableName: string;
  outputsFile: string;
  dataDir: string;
  seconds: number;
}

export function formatReadyTable({ outputs, ports, tableName, outputsFile, dataDir, seconds }: ReadyTableInput): string {
  const rows: [string, string][] = [
    ['Web app', outputs.appUrl ?? '(not started: --no-app)'],
    ['GraphQL endpoint', outputs.graphqlUrl],
    ['Realtime endpoint', outputs.realtimeUrl],
    ['GraphQL explorer', outputs.explorerUrl],
    ['Calendar feed', outputs.calendarUrl],
    ['Mailbox viewer', `http://127.0.0.1:${ports.ses}/   (JSON: ${outputs.mailboxUrl})`],
    ['S3 endpoint', `${outputs.s3Endpoint}   bucket ${outputs.bucket}`],
    ['Cognito endpoint', `${outputs.cognitoEndpoint}   pool ${outputs.userPoolId}, client ${outputs.userPoolClientId}`],
    ['DynamoDB endpoint', `http://127.0.0.1:${ports.dynamodb}   table ${tableName}`],
    ['API key', outputs.apiKey],
    ['Outputs file', outputsFile],
  ];
  const users = outputs.demoUsers.map((user) => `    ${user.username.padEnd(12)} ${user.password.padEnd(18)} ${user.groups.join(', ') || '—'}`);
  return [
    '',
    `Herald is running (ready in ${seconds.toFixed(1)} s). Data is kept in ${dataDir} — npm start -- --fresh resets it.`,
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(18)} ${value}`),
    '',
    `  Demo users (local only; sign in with USER_PASSWORD_AUTH)`,
    `    ${'username'.padEnd(12)} ${'password'.padEnd(18)} groups`,
    ...users,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

export function formatPartExit(exit: PartExit): string {
  const how = exit.code === null ? 'was killed' : `exited with code ${exit.code}`;
  const tail = exit.lastLines.length ? exit.lastLines.map((line) => `  | ${line}`).join('\n') : '  | (no output)';
  return `${exit.part} stopped unexpectedly (${how}). Its last lines:\n${tail}`;
}
