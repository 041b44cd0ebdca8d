// Tests for the orphan reaper: a stand-in must not outlive a supervisor that was SIGKILLed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A killed process stays a zombie until its (re)parent reaps it; it is dead all the same.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return !isAlive(pid);
}

// A supervisor stand-in: starts `sleep` through startChild, prints its pid, then waits to be killed.
const SUPERVISOR = `
import { startChild } from ${JSON.stringify(new URL('./child-process.ts', import.meta.url).pathname)};
const child = await startChild({ name: 'sleeper', command: 'sleep', args: ['30'], ready: async () => true });
console.log(child.pid);
setInterval(() => {}, 1000);
`;

describe('orphan reaper', () => {
  it('kills the process groups of a supervisor that died by SIGKILL', async () => {
    // Prepare
    const supervisor = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SUPERVISOR], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: supervisor.stdout! }), 'line')) as [string];
    const sleeper = Number(line);
    const aliveBefore = isAlive(sleeper);

    // Act
    supervisor.kill('SIGKILL');

    // Assess
    expect(aliveBefore).toBe(true);
    expect(await waitGone(sleeper, 5_000)).toBe(true);
  });
});
