// Runs cognito-local@5.3.0 with a pre-seeded, AWS-format user pool and an AWS-style issuer (local-stack.md §2),
// so aws-jwt-verify accepts its tokens offline. Its state lives in <dataDir>/.cognito and survives restarts.
import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { startChild, type ChildHandle } from './child-process';
import { assertPortFree } from './ports';

export type CognitoLocal = {
  endpoint: string;
  issuer: string;
  jwksUri: string;
  stop(): Promise<void>;
  child: ChildHandle;
};

export type StartCognitoLocalOptions = {
  port: number;
  dataDir: string;
  /** AWS format, `<region>_<id>`, e.g. us-east-1_LocalDev1: aws-jwt-verify rejects cognito-local's own `local_…` ids. */
  userPoolId: string;
  region: string;
  poolName?: string;
  portEnvVar?: string;
  readyTimeoutMs?: number;
  onLine?: (line: string) => void;
};

const requireCjs = createRequire(import.meta.url);

function cognitoLocalRoot(): string {
  return dirname(requireCjs.resolve('cognito-local/package.json'));
}

export function cognitoIssuer(region: string, userPoolId: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`Cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Written on every start so a changed region or port takes effect; other keys a developer added are kept. */
async function writeConfig(cognitoDir: string, region: string, port: number): Promise<void> {
  const path = join(cognitoDir, 'config.json');
  const config = await readJson(path);
  const tokenConfig = (config.TokenConfig ?? {}) as Record<string, unknown>;
  const serverConfig = (config.ServerConfig ?? {}) as Record<string, unknown>;
  config.TokenConfig = { ...tokenConfig, IssuerDomain: `https://cognito-idp.${region}.amazonaws.com` };
  // A ServerConfig in this file would override the HOST/PORT environment, so pin it here too.
  config.ServerConfig = { ...serverConfig, hostname: '127.0.0.1', port };
  await writeFile(path, `${JSON.stringify(config, null, 2)}\n`);
}

/** cognito-local loads every `db/<poolId>.json` at startup; the pool's settings live under `Options`. */
async function seedUserPool(dbDir: string, opts: StartCognitoLocalOptions): Promise<void> {
  const path = join(dbDir, `${opts.userPoolId}.json`);
  if (await exists(path)) return;
  const { USER_POOL_AWS_DEFAULTS } = requireCjs(join(cognitoLocalRoot(), 'lib/services/cognitoService.js')) as {
    USER_POOL_AWS_DEFAULTS: Record<string, unknown>;
  };
  const now = new Date().toISOString();
  const pool = {
    Users: {},
    // Present from the start: cognito-local fails GetGroup with a bare 500 when the key is missing.
    Groups: {},
    Options: {
      ...USER_POOL_AWS_DEFAULTS,
      Id: opts.userPoolId,
      Name: opts.poolName ?? 'herald-local',
      Arn: `arn:aws:cognito-idp:${opts.region}:000000000000:userpool/${opts.userPoolId}`,
      AutoVerifiedAttributes: ['email'],
      CreationDate: now,
      LastModifiedDate: now,
    },
  };
  await writeFile(path, `${JSON.stringify(pool, null, 2)}\n`);
}

export async function startCognitoLocal(opts: StartCognitoLocalOptions): Promise<CognitoLocal> {
  if (!opts.userPoolId.startsWith(`${opts.region}_`)) {
    // aws-jwt-verify derives the expected issuer's region from the pool id prefix.
    throw new Error(`userPoolId ${opts.userPoolId} must start with "${opts.region}_" to match region ${opts.region}`);
  }
  await assertPortFree(opts.port, opts.portEnvVar ?? 'the cognito-local port');
  const dataDir = resolve(opts.dataDir);
  const cognitoDir = join(dataDir, '.cognito');
  const dbDir = join(cognitoDir, 'db');
  await mkdir(dbDir, { recursive: true });
  await writeConfig(cognitoDir, opts.region, opts.port);
  await seedUserPool(dbDir, opts);

  const endpoint = `http://127.0.0.1:${opts.port}`;
  const child = await startChild({
    name: 'cognito-local',
    command: process.execPath,
    args: [join(cognitoLocalRoot(), 'lib/bin/start.js')],
    cwd: dataDir,
    env: {
      HOST: '127.0.0.1',
      PORT: String(opts.port),
      // It still bundles AWS SDK v2, which prints a migration banner on every start.
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    },
    ready: async () => {
      const res = await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(1_000) });
      return res.ok;
    },
    readyTimeoutMs: opts.readyTimeoutMs ?? 15_000,
    onLine: opts.onLine,
  });
  return {
    endpoint,
    issuer: cognitoIssuer(opts.region, opts.userPoolId),
    jwksUri: `${endpoint}/${opts.userPoolId}/.well-known/jwks.json`,
    stop: child.stop,
    child,
  };
}
