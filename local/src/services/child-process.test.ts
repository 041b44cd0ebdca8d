// Tests for startChild: readiness, early exit, timeout and killing the whole process group.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startChild } from './child-process';

// A killed grandchild stays a zombie until PID 1 reaps it, which can take a while in containers; it is dead all the same.
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitGone(pids: number[], ms = 2_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (pids.every((pid) => !isAlive(pid))) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return pids.every((pid) => !isAlive(pid));
}

describe('startChild', () => {
  it('rejects with the name and the last lines when the child exits before it is ready', async () => {
    // Prepare
    const script = 'for i in $(seq 1 30); do echo line-$i; done; echo boom >&2; exit 3';

    // Act
    const started = startChild({ name: 'crasher', command: 'sh', args: ['-c', script], ready: async () => false });

    // Assess
    const err = (await started.catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain('crasher exited with code 3 before it was ready');
    expect(err.message).toContain('boom');
    expect(err.message).toContain('line-30');
    expect(err.message).not.toContain('line-5\n');
  });

  it('rejects when the command cannot be spawned', async () => {
    // Prepare
    const command = '/nonexistent/herald-no-such-binary';

    // Act
    const err = (await startChild({ name: 'ghost', command, args: [], ready: async () => true }).catch((e: unknown) => e)) as Error;

    // Assess
    expect(err.message).toContain('ghost could not be started: ENOENT');
  });

  it('stops a child that never becomes ready and says so', async () => {
    // Prepare
    const script = 'echo waiting; exec sleep 30';

    // Act
    const err = (await startChild({
      name: 'sleepy',
      command: 'sh',
      args: ['-c', script],
      ready: async () => false,
      readyTimeoutMs: 300,
    }).catch((e: unknown) => e)) as Error;

    // Assess
    expect(err.message).toContain('sleepy was not ready within 300 ms');
    expect(err.message).toContain('waiting');
  });

  it('is ready once the probe answers, and stop() kills the whole process group', async () => {
    // Prepare
    const script = 'sleep 30 & echo child-$!; sleep 30 & echo child-$!; echo up; wait';
    let lines: string[] = [];

    // Act
    const child = await startChild({
      name: 'family',
      command: 'sh',
      args: ['-c', script],
      ready: async () => lines.includes('up'),
      onLine: (line) => (lines = [...lines, line]),
    });
    const grandchildren = child.lastLines().filter((l) => l.startsWith('child-')).map((l) => Number(l.slice(6)));
    const aliveBefore = [child.pid, ...grandchildren].every(isAlive);
    await child.stop();
    await child.stop();

    // Assess
    expect(grandchildren).toHaveLength(2);
    expect(aliveBefore).toBe(true);
    expect(await waitGone([child.pid, ...grandchildren])).toBe(true);
    await expect(child.exited).resolves.toBeNull();
  });
});
