// The sign-up confirmation code as cognito-local stores it: the stand-in sends no mail, it prints the code
// to its console and keeps it with the user in its JSON database, which is where a test can read it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { USER_POOL_ID } from '../../../local/src/herald/herald-stack';

export async function waitForConfirmationCode(dataDir: string, username: string, timeoutMs: number): Promise<string> {
  const file = join(dataDir, 'cognito', '.cognito', 'db', `${USER_POOL_ID}.json`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pool = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as { Users?: Record<string, { ConfirmationCode?: string }> };
    const code = pool.Users?.[username]?.ConfirmationCode;
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`cognito-local stored no confirmation code for ${username} within ${timeoutMs} ms (${file})`);
}
