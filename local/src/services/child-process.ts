// Spawns a local stand-in in its own process group, waits until it answers, and stops the whole group.
// Groups still running when this Node process exits (normally or via process.exit) are SIGKILLed, and the
// orphan reaper kills them if it dies any other way; handling signals is the supervisor's job.
import { spawn } from 'node:child_process';
import { guardGroup, releaseGroup } from './orphan-reaper';

export type ChildHandle = {
  name: string;
  pid: number;
  stop(): Promise<void>;
  lastLines(n?: number): string[];
  exited: Promise<number | null>;
};

export type StartChildOptions = {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
  ready: () => Promise<boolean>;
  readyTimeoutMs?: number;
  /** Called for every output line (ANSI colours stripped), e.g. to forward a stand-in's log. */
  onLine?: (line: string) => void;
};

const KEPT_LINES = 200;
const ERROR_LINES = 20;
const POLL_MS = 100;
const STOP_GRACE_MS = 5_000;
// Built from a char code so linters' no-control-regex has nothing to flag; cognito-local's pino-pretty forces colour.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, 'g');

const liveGroups = new Set<number>();
const stoppers = new Set<() => Promise<void>>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous; a plain SIGKILL to each group is the only safe thing to do here.
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

// Unref'd: a pending grace or deadline timer must never hold the supervisor open after everything has stopped.
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Stops every child started by this process that is still running (for a supervisor's signal handler). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...stoppers].map((stop) => stop()));
}

export async function startChild(opts: StartChildOptions): Promise<ChildHandle> {
  installExitHook();
  const lines: string[] = [];
  const partial = { stdout: '', stderr: '' };
  const keep = (line: string): void => {
    const clean = line.replace(ANSI, '').replace(/\r$/, '');
    lines.push(clean);
    if (lines.length > KEPT_LINES) lines.shift();
    opts.onLine?.(clean);
  };
  const lastLines = (n = ERROR_LINES): string[] => lines.slice(-n);

  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    // A group of its own lets stop() reach anything the stand-in forks (kill -pid).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      const parts = (partial[stream] + chunk).split('\n');
      partial[stream] = parts.pop() ?? '';
      parts.forEach(keep);
    });
  }

  let exitCode: number | null | undefined;
  let exitSignal: NodeJS.Signals | null = null;
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (err) => {
      spawnError = err;
      if (child.pid === undefined) {
        exitCode = null;
        resolve(null);
      }
    });
    child.on('exit', (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      resolve(code);
    });
  });
  // Flushed once both pipes close, so an early-exit error carries the child's final words.
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));

  const describe = `${opts.command} ${opts.args.join(' ')}`;
  const failure = async (reason: string): Promise<Error> => {
    await Promise.race([closed, delay(500)]);
    for (const stream of ['stdout', 'stderr'] as const) {
      if (partial[stream]) keep(partial[stream]);
      partial[stream] = '';
    }
    const tail = lastLines(ERROR_LINES);
    const log = tail.length ? tail.join('\n') : '(no output)';
    return new Error(`${opts.name} ${reason}\ncommand: ${describe}\n--- last ${tail.length} lines of ${opts.name} ---\n${log}`);
  };

  if (child.pid === undefined) {
    await exited;
    const code = (spawnError as NodeJS.ErrnoException | undefined)?.code;
    throw await failure(`could not be started: ${code ?? spawnError?.message ?? 'unknown error'}`);
  }
  const pid = child.pid;
  liveGroups.add(pid);
  guardGroup(pid);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exitCode === undefined) {
        killGroup(pid, 'SIGTERM');
        const graceful = await Promise.race([exited.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
        if (!graceful) killGroup(pid, 'SIGKILL');
        await exited;
      }
      // The leader is gone, but anything it forked may still hold the group.
      killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
      releaseGroup(pid);
      stoppers.delete(stop);
    })();
    return stopping;
  };
  stoppers.add(stop);

  const handle: ChildHandle = { name: opts.name, pid, stop, lastLines, exited };
  const timeoutMs = opts.readyTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  const hasExited = exited.then(() => 'exited' as const);

  while (true) {
    if (exitCode !== undefined) break;
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    const outcome = await Promise.race([
      opts.ready().then(
        (ok) => (ok ? ('ready' as const) : ('not-yet' as const)),
        () => 'not-yet' as const,
      ),
      hasExited,
      delay(remaining).then(() => 'not-yet' as const),
    ]);
    if (outcome === 'ready' && exitCode === undefined) return handle;
    if (outcome === 'exited') break;
    await Promise.race([delay(Math.min(POLL_MS, Math.max(0, deadline - Date.now()))), hasExited]);
  }

  if (exitCode !== undefined) {
    stoppers.delete(stop);
    killGroup(pid, 'SIGKILL');
    releaseGroup(pid);
    const how = exitSignal ? `was killed by ${exitSignal}` : `exited with code ${exitCode}`;
    throw await failure(`${how} before it was ready`);
  }
  await stop();
  throw await failure(`was not ready within ${timeoutMs} ms`);
}
