// The orphan reaper: a tiny detached Node process that learns every process group we start over a pipe and
// kills the ones still listed when the pipe closes — which happens however we die, SIGKILL included, when no
// exit hook of ours can run. So stand-ins in their own groups are never orphaned.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';

const GRACE_MS = 2_000;

// Plain JavaScript run with `node -e`, so the watchdog starts in ~50 ms without a TypeScript loader.
const WATCHDOG = `
const groups = new Set();
let pending = '';
const kill = (signal) => { for (const g of groups) { try { process.kill(-g, signal); } catch {} } };
for (const s of ['SIGINT', 'SIGHUP', 'SIGTERM']) process.on(s, () => {});
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (pending + chunk).split('\\n');
  pending = lines.pop();
  for (const line of lines) {
    const pid = Number(line.slice(1));
    if (line[0] === '+') groups.add(pid); else groups.delete(pid);
  }
});
process.stdin.on('close', () => {
  if (groups.size === 0) process.exit(0);
  kill('SIGTERM');
  setTimeout(() => { kill('SIGKILL'); process.exit(0); }, ${GRACE_MS});
});
`;

let watchdog: ChildProcess | undefined;

function ensureWatchdog(): ChildProcess {
  if (watchdog) return watchdog;
  watchdog = spawn(process.execPath, ['-e', WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  // Neither the watchdog nor its pipe may keep this process alive.
  watchdog.unref();
  (watchdog.stdin as unknown as Socket).unref();
  watchdog.stdin?.on('error', () => {});
  watchdog.on('error', () => {});
  return watchdog;
}

/** From now on the process group `pgid` is killed if this process dies before calling releaseGroup. */
export function guardGroup(pgid: number): void {
  ensureWatchdog().stdin?.write(`+${pgid}\n`);
}

/** The group stopped normally; the watchdog forgets it (so a reused pid is never hit). */
export function releaseGroup(pgid: number): void {
  watchdog?.stdin?.write(`-${pgid}\n`);
}

/** The watchdog's pid, for tests that check nothing is left behind. */
export function watchdogPid(): number | undefined {
  return watchdog?.pid;
}
