// Runs `npm start`'s supervisor as a real process tree for stack tests: its own process group (like a
// terminal's foreground job, so a signal reaches it the way Ctrl-C does), free ports, a temp data dir, and
// a look at every descendant so a test can prove none is left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../local/src/services/ports';
import { repoRoot } from '../harness/local-stack';

export interface SupervisorPorts {
  graphql: number;
  app: number;
  dynamodb: number;
  cognito: number;
  s3: number;
  ses: number;
}

export interface ProcessInfo {
  pid: number;
  pgid: number;
  command: string;
}

export interface Supervisor {
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

export async function freeSupervisorPorts(): Promise<SupervisorPorts> {
  return { graphql: await freePort(), app: await freePort(), dynamodb: await freePort(), cognito: await freePort(), s3: await freePort(), ses: await freePort() };
}

export function startSupervisor(dataDir: string, ports: SupervisorPorts, args: string[] = []): Supervisor {
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(repoRoot, 'local/src/bin/herald-start.ts'), ...args], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HERALD_DATA_DIR: dataDir,
      HERALD_PORT: String(ports.graphql),
      HERALD_APP_PORT: String(ports.app),
      HERALD_DYNAMODB_PORT: String(ports.dynamodb),
      HERALD_COGNITO_PORT: String(ports.cognito),
      HERALD_S3_PORT: String(ports.s3),
      HERALD_SES_PORT: String(ports.ses),
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** Polls `GET /health` until it answers 200; rejects with the supervisor's output if it exits or times out. */
export async function waitHealthy(supervisor: Supervisor, graphqlPort: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void supervisor.exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    const response = await fetch(`http://127.0.0.1:${graphqlPort}/health`).catch(() => null);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The stack did not become healthy (${gone ? 'the supervisor exited' : 'timeout'}):\n${supervisor.output()}`);
}

function stat(pid: number): { ppid: number; pgid: number; state: string } | null {
  try {
    // The command name may contain spaces and parentheses; the fields after its closing paren are fixed.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    return { state: fields[0], ppid: Number(fields[1]), pgid: Number(fields[2]) };
  } catch {
    return null;
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** Every live (non-zombie) process. */
function liveProcesses(): (ProcessInfo & { ppid: number })[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .flatMap((pid) => {
      const info = stat(pid);
      return info && info.state !== 'Z' ? [{ pid, ppid: info.ppid, pgid: info.pgid, command: command(pid) }] : [];
    });
}

/** The process and all its descendants, detached ones (own groups and sessions) included. */
export function processTree(rootPid: number): ProcessInfo[] {
  const all = liveProcesses();
  const tree: ProcessInfo[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    const found = all.find((candidate) => candidate.pid === pid);
    if (found) tree.push({ pid: found.pid, pgid: found.pgid, command: found.command });
    queue.push(...all.filter((candidate) => candidate.ppid === pid).map((candidate) => candidate.pid));
  }
  return tree;
}

/** Processes still alive that were in `tree`, or share a process group with it. Waits up to `ms` for them to go. */
export async function survivors(tree: ProcessInfo[], ms: number): Promise<ProcessInfo[]> {
  const pids = new Set(tree.map((entry) => entry.pid));
  const groups = new Set(tree.map((entry) => entry.pgid));
  const deadline = Date.now() + ms;
  let left: ProcessInfo[];
  do {
    left = liveProcesses().filter((entry) => pids.has(entry.pid) || groups.has(entry.pgid));
    if (left.length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < deadline);
  return left;
}
