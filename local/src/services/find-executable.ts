// Looks a command up on PATH without running it, so a missing runtime can be reported before anything is spawned.
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

export async function findExecutable(name: string, path = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}
