// Secrets and flags the local stack keeps across restarts (under .herald/): the API key, the
// page-token signing secret, and whether demo data was seeded.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface StackState {
  apiKey: string;
  pageTokenSecret: string;
  seeded: boolean;
}

// AppSync API keys look like da2-<26 lower-case alphanumerics>.
function newApiKey(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `da2-${[...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

export async function loadStackState(dataDir: string): Promise<StackState> {
  try {
    return JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8')) as StackState;
  } catch {
    return { apiKey: newApiKey(), pageTokenSecret: randomBytes(32).toString('hex'), seeded: false };
  }
}

export async function saveStackState(dataDir: string, state: StackState): Promise<void> {
  await writeFile(join(dataDir, 'state.json'), JSON.stringify(state, null, 2) + '\n');
}
