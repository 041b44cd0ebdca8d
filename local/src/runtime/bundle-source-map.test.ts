// Code errors are located in the TypeScript source through the bundle's inline source map (log only),
// laid out the way manifest/ bundles: resolvers/ → dist/resolvers/, helpers bundled in.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceLocatorFor } from './bundle-source-map';
import { loadResolverCode } from './load-resolver-code';
import type { AppSyncContext } from './types';

let root: string;
let bundled: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'herald-sourcemap-'));
  await mkdir(join(root, 'resolvers/lib'), { recursive: true });
  await writeFile(join(root, 'resolvers/lib/titles.ts'), 'export function titleOf(event: { meta?: { title: string } }): string {\n  return event.meta!.title;\n}\n');
  await writeFile(
    join(root, 'resolvers/Query.getEvent.[table].ts'),
    "import { titleOf } from './lib/titles';\n\nexport function request(ctx: { args: { event: object } }) {\n  return { payload: titleOf(ctx.args.event) };\n}\n\nexport function response(ctx: { result: unknown }) {\n  return ctx.result;\n}\n",
  );
  const result = await build({
    absWorkingDir: root,
    entryPoints: [{ in: 'resolvers/Query.getEvent.[table].ts', out: 'Query.getEvent.[table]' }],
    outdir: join(root, 'dist/resolvers'),
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'esnext',
    external: ['@aws-appsync/*'],
    sourcemap: 'inline',
    sourcesContent: false,
  });
  bundled = result.outputFiles[0]!.text;
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const ctx = (event: object): AppSyncContext => ({
  arguments: { event },
  args: { event },
  identity: null,
  source: null,
  stash: {},
  info: { fieldName: 'getEvent', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
  request: { headers: {}, domainName: null },
  env: {},
});

describe('Code error source locations', () => {
  it('names the TypeScript helper file and line while the client message keeps code.js:L:C', () => {
    // Prepare
    const resolver = loadResolverCode(bundled, 'dist/resolvers/Query.getEvent.[table].js');
    // Act
    const outcome = resolver.run('request', ctx({}), { authType: null });
    // Assess
    expect(outcome.error?.message).toMatch(/^code\.js:\d+:\d+: TypeError: Cannot read properties of undefined \(reading 'title'\)$/);
    expect(outcome.errorSource).toBe('resolvers/lib/titles.ts:2:22');
  });

  it('uses a source map kept beside the bundle (as manifest/ writes it)', () => {
    // Prepare
    const [, base64] = /base64,([A-Za-z0-9+/=]+)\s*$/.exec(bundled)!;
    const external = Buffer.from(base64, 'base64').toString('utf8');
    const code = bundled.replace(/\/\/# sourceMappingURL=.*\s*$/, '');
    const resolver = loadResolverCode(code, 'dist/resolvers/Query.getEvent.[table].js', undefined, external);
    // Act
    const outcome = resolver.run('request', ctx({}), { authType: null });
    // Assess
    expect(outcome.errorSource).toBe('resolvers/lib/titles.ts:2:22');
  });

  it('answers null for code without an inline map', () => {
    // Act
    const locate = sourceLocatorFor('export function request() {}', 'dist/resolvers/x.js');
    // Assess
    expect(locate({ line: 1, column: 1 })).toBeNull();
  });
});
