// One supervisor per data directory: two DynamoDB Locals on one database file, or a `--fresh` start deleting
// the directory under a running stack, would corrupt or lose the data. The lock is a file holding the
// supervisor's pid; a lock whose process is gone (SIGKILL, power loss) is taken over.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'supervisor.pid';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(`Another Herald (pid ${holderPid}) is using ${dataDir}. Stop it first, or give this one its own HERALD_DATA_DIR.`);
    this.name = 'DataDirLockedError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(file: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export interface DataDirLock {
  release(): Promise<void>;
}

export async function lockDataDir(dataDir: string, pid = process.pid): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE_NAME);
  // Two tries: the second follows the removal of a stale lock (or of one released meanwhile).
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(file, `${pid}\n`, { flag: 'wx' });
      return {
        async release() {
          if ((await holderOf(file)) === pid) await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await holderOf(file);
    if (holder !== null && holder !== pid && isRunning(holder)) throw new DataDirLockedError(dataDir, holder);
    await rm(file, { force: true });
  }
  throw new DataDirLockedError(dataDir, (await holderOf(file)) ?? 0);
}
