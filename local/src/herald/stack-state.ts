// Secrets and flags the local stack keeps across restarts (under .herald/): the API key, the
// page-token signing secret, and which demo-data seed steps already ran.
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface StackState {
  apiKey: string;
  pageTokenSecret: string;
  /** Names of the seed steps (seed.ts) applied to this data directory. */
  seededSteps: string[];
}

// AppSync API keys look like da2-<26 lower-case alphanumerics>.
function newApiKey(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `da2-${[...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

export async function loadStackState(dataDir: string): Promise<StackState> {
  let stored: Partial<StackState> & { seeded?: boolean };
  try {
    stored = JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8')) as typeof stored;
  } catch {
    stored = {};
  }
  return {
    apiKey: stored.apiKey ?? newApiKey(),
    pageTokenSecret: stored.pageTokenSecret ?? randomBytes(32).toString('hex'),
    // Data directories from before seed steps had one flag for the events.
    seededSteps: stored.seededSteps ?? (stored.seeded ? ['events'] : []),
  };
}

/** Written whole-or-not-at-all: a crash mid-write must not cost the API key every client was given. */
export async function saveStackState(dataDir: string, state: StackState): Promise<void> {
  const file = join(dataDir, 'state.json');
  await writeFile(`${file}.tmp`, JSON.stringify(state, null, 2) + '\n');
  await rename(`${file}.tmp`, file);
}
