// Starts Herald's whole local stack on free loopback ports in a temp directory (DynamoDB in memory)
// for one test file, and tears it down afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHeraldStack, type HeraldStack } from '../../local/src/herald/herald-stack';
import { freePort } from '../../local/src/services/ports';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface TestStack extends HeraldStack {
  dataDir: string;
  dynamodbEndpoint: string;
}

export async function startTestStack(): Promise<TestStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'herald-test-'));
  const ports = { graphql: await freePort(), dynamodb: await freePort(), cognito: await freePort() };
  const stack = await startHeraldStack({ root: repoRoot, dataDir, persist: false, ports });
  return {
    ...stack,
    dataDir,
    dynamodbEndpoint: `http://127.0.0.1:${ports.dynamodb}`,
    async stop() {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
