// Runs s3rver@3.7.1 as a child process on a private loopback port behind our POST-policy gate, with the given
// buckets created and their CORS set. Objects and bucket config persist in dataDir. Credentials: S3RVER/S3RVER.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { CreateBucketCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import { startChild, type ChildHandle } from './child-process';
import { assertPortFree, freePort } from './ports';
import { createS3PostGate } from './s3-post-gate';

/** s3rver only knows this one account: clients (and Lambdas run locally) must sign with it. */
export const S3_LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export type S3Local = { endpoint: string; stop(): Promise<void>; child: ChildHandle };

export type StartS3LocalOptions = {
  port: number;
  dataDir: string;
  buckets: string[];
  /** Browser origins allowed to POST/PUT/GET objects; empty means no CORS configuration. */
  corsOrigins: string[];
  portEnvVar?: string;
  readyTimeoutMs?: number;
  onLine?: (line: string) => void;
};

/** Path-style addressing: s3rver has no wildcard DNS for virtual-hosted buckets on 127.0.0.1. */
export function createLocalS3Client(endpoint: string, region = 'us-east-1'): S3Client {
  return new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials: S3_LOCAL_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 10_000 },
  });
}

async function ensureBucket(client: S3Client, bucket: string, corsOrigins: string[]): Promise<void> {
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (err) {
    const name = (err as Error).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw err;
  }
  if (!corsOrigins.length) return;
  await client.send(
    new PutBucketCorsCommand({
      Bucket: bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: corsOrigins,
            AllowedMethods: ['GET', 'HEAD', 'PUT', 'POST'],
            AllowedHeaders: ['*'],
            ExposeHeaders: ['ETag', 'Location'],
            MaxAgeSeconds: 3000,
          },
        ],
      },
    }),
  );
}

export async function startS3Local(opts: StartS3LocalOptions): Promise<S3Local> {
  await assertPortFree(opts.port, opts.portEnvVar ?? 'the S3 (s3rver) port');
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  const privatePort = await freePort();
  const upstream = `http://127.0.0.1:${privatePort}`;
  const bin = join(dirname(createRequire(import.meta.url).resolve('s3rver/package.json')), 'bin/s3rver.js');

  const child = await startChild({
    name: 's3rver',
    command: process.execPath,
    args: [bin, '--directory', dataDir, '--address', '127.0.0.1', '--port', String(privatePort), '--no-vhost-buckets'],
    // Any HTTP answer (ListBuckets without credentials is refused) means the server is listening.
    ready: async () => {
      await fetch(upstream, { signal: AbortSignal.timeout(1_000) });
      return true;
    },
    readyTimeoutMs: opts.readyTimeoutMs ?? 15_000,
    onLine: opts.onLine,
  });

  const gate = createS3PostGate({
    upstream,
    secrets: { [S3_LOCAL_CREDENTIALS.accessKeyId]: S3_LOCAL_CREDENTIALS.secretAccessKey },
    corsOrigins: opts.corsOrigins,
  });
  const stop = async (): Promise<void> => {
    gate.closeAllConnections();
    await new Promise<void>((done) => gate.close(() => done()));
    await child.stop();
  };
  try {
    await new Promise<void>((done, fail) => {
      gate.once('error', fail);
      gate.listen(opts.port, '127.0.0.1', () => done());
    });
  } catch (err) {
    await child.stop();
    throw err;
  }

  const endpoint = `http://127.0.0.1:${opts.port}`;
  const client = createLocalS3Client(endpoint);
  try {
    for (const bucket of opts.buckets) await ensureBucket(client, bucket, opts.corsOrigins);
  } catch (err) {
    await stop();
    throw new Error(`s3rver started, but creating buckets failed: ${(err as Error).message}\n${child.lastLines().join('\n')}`, { cause: err });
  } finally {
    client.destroy();
  }
  return { endpoint, stop, child };
}
