// `npm start`: the supervisor. Checks Java and ports, runs all of Herald offline on 127.0.0.1 — stand-ins, the
// local AppSync server and the web app — prints progress, URLs and demo users, and on Ctrl-C, SIGTERM, SIGHUP
// or any part dying stops every child process group (they do not see the terminal's signals themselves).
import { readdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createProgressPrinter, formatPartExit, formatReadyTable } from '../herald/console-report';
import { LOCK_FILE_NAME, lockDataDir, type DataDirLock } from '../herald/data-dir-lock';
import { startHeraldStack, TABLE_NAME, type HeraldStack, type PartExit } from '../herald/herald-stack';
import { preflight } from '../herald/preflight';
import { portsFromEnv } from '../herald/stack-ports';
import { startChild, stopAllChildren, type ChildHandle } from '../services/child-process';

const USAGE = `Usage: npm start [-- options]
  --fresh     delete the data directory first (users, events, images, sent mail, API key)
  --verbose   log every request and every stand-in log line
  --no-app    do not start the web app (Vite)
Environment: HERALD_DATA_DIR (default .herald/), HERALD_PORT, HERALD_APP_PORT, HERALD_DYNAMODB_PORT,
HERALD_COGNITO_PORT, HERALD_S3_PORT, HERALD_SES_PORT (see README).`;
const STOP_DEADLINE_MS = 15_000;

const root = resolve(import.meta.dirname, '../../..');
const args = process.argv.slice(2);
const dataDir = resolve(process.env.HERALD_DATA_DIR ?? join(root, '.herald'));
const verbose = args.includes('--verbose');
const withApp = !args.includes('--no-app');
const shown = (path: string) => {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere || '.';
};

// Every SDK client warns that releases after January 2027 need Node 22; our SDK versions are pinned, so the
// warning is noise for someone starting the stack (local-stack.md keeps the upgrade note for maintainers).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// After SIGHUP the terminal is gone; a failed write must not turn a clean stop into a crash.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

let starting = false;
let stack: HeraldStack | undefined;
let lock: DataDirLock | undefined;
let stopping: Promise<void> | undefined;

/** Stops everything once, however many signals or failures ask for it, then exits with `code`. */
function shutdown(code: number, reason?: string): Promise<void> {
  stopping ??= (async () => {
    if (reason) console.error(`\n${reason}`);
    if (!starting) {
      await lock?.release();
      process.exit(code);
    }
    console.log('\nStopping Herald …');
    const began = performance.now();
    // The exit hook in child-process.ts SIGKILLs whatever is still running when we give up waiting.
    setTimeout(() => process.exit(code || 1), STOP_DEADLINE_MS).unref();
    await stack?.stop().catch((error: Error) => console.error(`Stopping the stack failed: ${error.message}`));
    await stopAllChildren();
    await lock?.release();
    console.log(`Stopped (${Math.round(performance.now() - began)} ms).`);
    process.exit(code);
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(0));
}
process.on('uncaughtException', (error) => void shutdown(1, `Unexpected error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (error) => void shutdown(1, `Unexpected error: ${(error as Error)?.stack ?? String(error)}`));

async function startWebApp(appPort: number, appUrl: string, progress: ReturnType<typeof createProgressPrinter>): Promise<ChildHandle> {
  const began = performance.now();
  progress('Web app (Vite)', 'starting');
  const vite = await startChild({
    name: 'Web app (Vite)',
    command: process.execPath,
    args: [join(root, 'node_modules/vite/bin/vite.js'), '--config', join(root, 'client/vite.config.ts')],
    cwd: root,
    env: { HERALD_OUTPUTS: join(dataDir, 'outputs.json'), HERALD_APP_PORT: String(appPort) },
    ready: async () => (await fetch(appUrl, { signal: AbortSignal.timeout(2_000) }).catch(() => null))?.ok === true,
    readyTimeoutMs: 60_000,
    // Vite's own errors (a config that does not load, a port it cannot bind) are shown even when quiet.
    onLine: (line) => (verbose || /error/i.test(line) ? console.log(`[vite] ${line}`) : undefined),
  });
  progress('Web app (Vite)', 'ready', Math.round(performance.now() - began));
  return vite;
}

async function main(): Promise<void> {
  if (args.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((arg) => !['--fresh', '--verbose', '--no-app'].includes(arg));
  if (unknown.length) throw new Error(`Unknown option ${unknown.join(' ')}\n${USAGE}`);

  const began = performance.now();
  const ports = portsFromEnv(process.env);
  await preflight(withApp ? ports : { ...ports, app: undefined });
  lock = await lockDataDir(dataDir);
  if (args.includes('--fresh')) {
    // Everything but our own lock, which keeps a second supervisor out while this one starts afresh.
    const entries = await readdir(dataDir);
    await Promise.all(entries.filter((entry) => entry !== LOCK_FILE_NAME).map((entry) => rm(join(dataDir, entry), { recursive: true, force: true })));
    console.log(`Removed ${shown(dataDir)} (fresh start).`);
  }
  console.log(`Starting Herald on 127.0.0.1 (data in ${shown(dataDir)}) …`);
  const progress = createProgressPrinter((text) => process.stdout.write(text), process.stdout.isTTY === true);
  const appUrl = withApp ? `http://127.0.0.1:${ports.app}/` : null;

  starting = true;
  // Vite needs nothing from the stack until a browser asks for /config.json, so it starts alongside.
  const [started, vite] = await Promise.all([
    startHeraldStack({
      root,
      dataDir,
      persist: true,
      ports,
      appUrl,
      progress,
      fullDemoData: true,
      publishWhenReady: false,
      log: verbose ? console.log : undefined,
    }).then((result) => (stack = result)),
    appUrl ? startWebApp(ports.app, appUrl, progress) : undefined,
  ]);
  await started.publish();

  console.log(
    formatReadyTable({
      outputs: started.outputs,
      ports,
      tableName: TABLE_NAME,
      outputsFile: shown(join(dataDir, 'outputs.json')),
      dataDir: shown(dataDir),
      seconds: (performance.now() - began) / 1000,
    }),
  );

  const viteDied = vite?.exited.then((code): PartExit => ({ part: 'Web app (Vite)', code, lastLines: vite.lastLines() }));
  const exit = await Promise.race([started.died, ...(viteDied ? [viteDied] : [])]);
  await shutdown(1, formatPartExit(exit));
}

main().catch((error: Error) => shutdown(1, `Herald could not start:\n${error.message}`));
