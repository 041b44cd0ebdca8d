// `npm start`: runs all of Herald offline on 127.0.0.1 — stand-ins, the local AppSync server and the
// web app — shows progress, prints the URLs and demo users, and stops everything on Ctrl-C.
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startHeraldStack } from '../herald/herald-stack';
import { startChild, stopAllChildren } from '../services/child-process';
import { assertPortFree } from '../services/ports';

const root = resolve(import.meta.dirname, '../../..');
const dataDir = join(root, '.herald');
const verbose = process.argv.includes('--verbose');
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ports = {
  graphql: port('HERALD_PORT', 4000),
  dynamodb: port('HERALD_DYNAMODB_PORT', 8000),
  cognito: port('HERALD_COGNITO_PORT', 9229),
  app: port('HERALD_APP_PORT', 5173),
};

function progress(part: string, state: 'starting' | 'ready', ms?: number): void {
  console.log(state === 'starting' ? `  … ${part}` : `  ✓ ${part} (${ms} ms)`);
}

async function main(): Promise<void> {
  const started = performance.now();
  if (process.argv.includes('--fresh')) {
    await rm(dataDir, { recursive: true, force: true });
    console.log('Removed .herald/ (fresh start)');
  }
  await assertPortFree(ports.graphql, 'HERALD_PORT');
  await assertPortFree(ports.app, 'HERALD_APP_PORT');
  console.log('Starting Herald locally …');
  const appUrl = `http://127.0.0.1:${ports.app}/`;
  const stack = await startHeraldStack({ root, dataDir, persist: true, ports, appUrl, progress, log: verbose ? console.log : undefined });

  const shutdown = async (code: number) => {
    console.log('\nStopping Herald …');
    await stack.stop();
    await stopAllChildren();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  progress('Web app (Vite)', 'starting');
  const viteStarted = performance.now();
  const vite = await startChild({
    name: 'Web app (Vite)',
    command: process.execPath,
    args: [join(root, 'node_modules/vite/bin/vite.js'), '--config', join(root, 'client/vite.config.ts')],
    cwd: root,
    env: { HERALD_OUTPUTS: join(dataDir, 'outputs.json'), HERALD_APP_PORT: String(ports.app) },
    ready: async () => (await fetch(appUrl).catch(() => null))?.ok === true,
    readyTimeoutMs: 60_000,
    onLine: verbose ? (line) => console.log(`[vite] ${line}`) : undefined,
  });
  progress('Web app (Vite)', 'ready', Math.round(performance.now() - viteStarted));
  void vite.exited.then((code) => {
    console.error(`The web app stopped unexpectedly (exit ${code}):\n${vite.lastLines().join('\n')}`);
    void shutdown(1);
  });

  const { outputs } = stack;
  console.log(`\nHerald is running (ready in ${((performance.now() - started) / 1000).toFixed(1)} s). Data is kept in .herald/ (npm start -- --fresh resets it).\n`);
  const rows: [string, string][] = [
    ['Web app', appUrl],
    ['GraphQL endpoint', outputs.graphqlUrl],
    ['Realtime endpoint', outputs.realtimeUrl],
    ['Explorer', outputs.explorerUrl],
    ['API key', outputs.apiKey],
    ['Cognito (local)', outputs.cognitoEndpoint],
    ['Outputs file', join(dataDir, 'outputs.json')],
  ];
  for (const [label, value] of rows) {
    console.log(`  ${label.padEnd(18)} ${value}`);
  }
  console.log('\n  Demo users (local only):');
  for (const user of outputs.demoUsers) {
    console.log(`    ${user.username.padEnd(10)} ${user.password.padEnd(16)} ${user.groups.join(', ') || '(attendee)'}`);
  }
  console.log('\nPress Ctrl-C to stop.');
}

main().catch(async (error) => {
  console.error(`\nHerald could not start: ${(error as Error).message}`);
  await stopAllChildren();
  process.exit(1);
});
