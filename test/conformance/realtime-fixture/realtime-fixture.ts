// Serves the realtime conformance API (schema.graphql + resolvers/, NONE data source only) on the
// generic local AppSync server at 127.0.0.1:0, for realtime tests and the fan-out bench.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Manifest, UnitResolverSpec } from '../../../manifest/src/index';
import type { TokenVerifier } from '../../../local/src/auth/cognito-user-pools';
import { FIXTURE_IAM } from './iam-signing';
import { createNoneDataSource } from '../../../local/src/datasources/none';
import { createLocalAppSync, type LocalAppSync } from '../../../local/src/server';

const FIXTURE_DIR = import.meta.dirname;
const repoRoot = resolve(FIXTURE_DIR, '../../..');
const UNIT_FILE = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)\.\[NONE\]\.ts$/;

export const FIXTURE_API_KEY = 'da2-realtimefixture';

/** The fixture's manifest: resolvers bundled with AppSync's documented esbuild flags, in memory. */
export async function loadFixtureManifest(): Promise<Manifest> {
  const resolverDir = join(FIXTURE_DIR, 'resolvers');
  const files = (await readdir(resolverDir)).filter((file) => UNIT_FILE.test(file));
  const result = await build({
    entryPoints: files.map((file) => join(resolverDir, file)),
    outdir: join(repoRoot, 'dist/realtime-fixture'),
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'esnext',
    external: ['@aws-appsync/*'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'silent',
  });
  const resolvers = files.map((file): UnitResolverSpec => {
    const [, typeName, fieldName] = UNIT_FILE.exec(file)!;
    const js = file.replace(/\.ts$/, '.js');
    const code = result.outputFiles.find((output) => output.path.endsWith(js))!.text;
    return { kind: 'UNIT', typeName, fieldName, dataSource: 'NONE', code: { sourceFile: `test/conformance/realtime-fixture/resolvers/${file}`, bundleFile: `dist/realtime-fixture/${js}`, code } };
  });
  const deploySchemaFile = join(FIXTURE_DIR, 'schema.graphql');
  const builtIns = await readFile(join(repoRoot, 'schema/appsync.graphql'), 'utf8');
  return {
    root: repoRoot,
    deploySchemaFile,
    localSchemaSdl: `${builtIns}\n${await readFile(deploySchemaFile, 'utf8')}`,
    dataSources: { NONE: { name: 'NONE', kind: 'NONE' } },
    resolvers,
    directLambdaResolvers: [],
  };
}

export interface FixtureServer {
  app: LocalAppSync;
  graphqlUrl: string;
  realtimeUrl: string;
  /** The `host` Amplify puts in its auth headers. */
  host: string;
  /** POST /graphql; API key unless `headers` carries another credential (see iam-signing.ts for IAM). */
  graphql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] }>;
  stop(): Promise<void>;
}

export async function startFixtureServer(options: { cognito?: TokenVerifier; log?: (line: string) => void } = {}): Promise<FixtureServer> {
  const app = createLocalAppSync({
    manifest: await loadFixtureManifest(),
    dataSources: { NONE: createNoneDataSource() },
    auth: { defaultMode: 'AMAZON_COGNITO_USER_POOLS', apiKeys: [{ id: FIXTURE_API_KEY }], iam: FIXTURE_IAM, ...(options.cognito ? { cognito: options.cognito } : {}) },
    log: options.log,
  });
  const { graphqlUrl, realtimeUrl } = await app.listen(0);
  return {
    app,
    graphqlUrl,
    realtimeUrl,
    host: new URL(graphqlUrl).host,
    async graphql(query, variables = {}, headers = { 'x-api-key': FIXTURE_API_KEY }) {
      const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] };
    },
    stop: () => app.close(),
  };
}
