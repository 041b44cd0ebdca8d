// Test-only: starts the real local stand-ins the functions talk to (DynamoDB Local with the Herald table,
// s3rver, aws-ses-v2-local) on free loopback ports and gives the env a Lambda would get. Never bundled.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalDynamoDbClient } from '../../local/src/services/dynamodb-client';
import { startDynamoDbLocal } from '../../local/src/services/dynamodb-local';
import { ensureHeraldTable } from '../../local/src/services/dynamodb-provision';
import { freePort } from '../../local/src/services/ports';
import { S3_LOCAL_CREDENTIALS, startS3Local } from '../../local/src/services/s3-local';
import { startSesLocal } from '../../local/src/services/ses-local';

export type LocalAws = { env: Record<string, string>; storeUrl?: string; s3Endpoint?: string; stop(): Promise<void> };

export const TEST_TABLE = 'herald-test';
export const TEST_BUCKET = 'herald-media';

export async function startLocalAws(want: { dynamodb?: boolean; s3?: boolean; ses?: boolean }): Promise<LocalAws> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn();
  };
  // s3rver only knows this key pair; the other stand-ins accept any, so one pair serves all (as in npm start).
  const env: Record<string, string> = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: S3_LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_LOCAL_CREDENTIALS.secretAccessKey,
    TABLE_NAME: TEST_TABLE,
    BUCKET: TEST_BUCKET,
    // Keeps test output readable; refusals are asserted on, not read from logs.
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  };
  const result: LocalAws = { env, stop };
  try {
    await Promise.all([
      want.dynamodb &&
        (async () => {
          const db = await startDynamoDbLocal({ port: await freePort() });
          stops.push(db.stop);
          const client = createLocalDynamoDbClient(db.endpoint);
          await ensureHeraldTable(client, TEST_TABLE).finally(() => client.destroy());
          env.AWS_ENDPOINT_URL_DYNAMODB = db.endpoint;
        })(),
      want.s3 &&
        (async () => {
          const dataDir = await mkdtemp(join(tmpdir(), 'herald-fn-s3-'));
          stops.push(() => rm(dataDir, { recursive: true, force: true }));
          const s3 = await startS3Local({ port: await freePort(), dataDir, buckets: [TEST_BUCKET], corsOrigins: ['http://localhost:5173'] });
          stops.push(s3.stop);
          env.AWS_ENDPOINT_URL_S3 = s3.endpoint;
          result.s3Endpoint = s3.endpoint;
        })(),
      want.ses &&
        (async () => {
          const ses = await startSesLocal({ port: await freePort() });
          stops.push(ses.stop);
          env.AWS_ENDPOINT_URL_SES = ses.endpoint;
          result.storeUrl = ses.storeUrl;
        })(),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return result;
}
