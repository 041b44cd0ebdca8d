// Tests for the one-supervisor-per-data-directory lock, with real process ids.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'herald-lock-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (and been reaped), so no process has it now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

const lockFile = () => join(dir, LOCK_FILE_NAME);

describe('data directory lock', () => {
  it('keeps a second supervisor out while the first runs, naming its pid and the directory', async () => {
    // Prepare
    await lockDataDir(dir);

    // Act
    const second = lockDataDir(dir, process.pid + 1);

    // Assess
    await expect(second).rejects.toThrow(DataDirLockedError);
    await expect(second).rejects.toThrow(`Another Herald (pid ${process.pid}) is using ${dir}.`);
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('lets the next supervisor in once the first released the lock', async () => {
    // Prepare
    const first = await lockDataDir(dir);

    // Act
    await first.release();
    const second = await lockDataDir(dir, process.pid + 1);

    // Assess
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid + 1}\n`);
    await second.release();
  });

  it('takes over the lock of a supervisor that died without releasing it (SIGKILL)', async () => {
    // Prepare
    await writeFile(lockFile(), `${await deadPid()}\n`);

    // Act
    await lockDataDir(dir);

    // Assess
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('takes over an unreadable lock file, and creates the data directory when it is missing', async () => {
    // Prepare
    await writeFile(lockFile(), 'not a pid');
    const missing = join(dir, 'new', 'data');

    // Act
    await lockDataDir(dir);
    await lockDataDir(missing);

    // Assess
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
    expect(await readFile(join(missing, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('does not release a lock another supervisor holds by then', async () => {
    // Prepare
    const stale = await lockDataDir(dir, await deadPid());
    await lockDataDir(dir);

    // Act
    await stale.release();

    // Assess
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
  });
});
