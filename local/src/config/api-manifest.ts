// Builds a Manifest for any AppSync API from its schema files and a resolvers folder laid out by
// file-name convention (style.md "Naming"), with manifest/'s discovery, checks and bundler. Herald's
// own buildManifest() fixes the schema location and data-source list; this one takes them as input.
// TODO(lead): once buildManifest accepts schemaFiles and dataSources, this file shrinks to one call.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { bundle, bundleFileFor, type BundleEntry } from '../../../manifest/src/bundle';
import { checkModule, checkWiring } from '../../../manifest/src/check';
import { discover, type DiscoveredResolver } from '../../../manifest/src/discover';
import { ManifestError } from '../../../manifest/src/errors';
import { toRepoPath } from '../../../manifest/src/paths';
import type { CodeUnit, DataSourceSpec, Manifest, ResolverSpec } from '../../../manifest/src/types';

const BUILT_INS_FILE = fileURLToPath(new URL('../../../schema/appsync.graphql', import.meta.url));
const PASS_THROUGH_FILE = fileURLToPath(new URL('../../../manifest/src/pipeline-pass-through.ts', import.meta.url));

export interface ApiManifestInput {
  /** Absolute root; file names in problems and bundles are relative to it. */
  root: string;
  /** SDL files as AppSync receives them (AppSync's scalars and directives are added here). */
  schemaFiles: string[];
  resolversDir: string;
  dataSources: Record<string, DataSourceSpec>;
}

async function localSchemaSdl(root: string, files: string[]): Promise<string> {
  const parts = await Promise.all([BUILT_INS_FILE, ...files.map((file) => path.resolve(root, file))].map((file) => readFile(file, 'utf8')));
  return parts.join('\n');
}

export async function buildApiManifest({ root, schemaFiles, resolversDir, dataSources }: ApiManifestInput): Promise<Manifest> {
  const sdl = await localSchemaSdl(root, schemaFiles);
  const schema = buildSchema(sdl);
  const treeDir = path.resolve(root, resolversDir);
  const discovery = await discover(root, treeDir);
  const wiring = [...discovery.problems, ...checkWiring(discovery.resolvers, schema, dataSources)];
  if (wiring.length > 0) throw new ManifestError(wiring);

  const treePath = toRepoPath(root, treeDir);
  const entryFor = (sourceFile: string): BundleEntry => ({ sourceFile, bundleFile: bundleFileFor(path.posix.relative(treePath, sourceFile)) });
  const planned = discovery.resolvers.map((resolver: DiscoveredResolver) => {
    if (resolver.kind === 'UNIT') return { resolver, entry: entryFor(resolver.file), functions: [] as { order: number; step: string; dataSource: string; entry: BundleEntry }[] };
    const entry = resolver.indexFile
      ? entryFor(resolver.indexFile)
      : { sourceFile: toRepoPath(root, PASS_THROUGH_FILE), bundleFile: bundleFileFor(`${path.posix.relative(treePath, resolver.folder)}/index.ts`) };
    return { resolver, entry, functions: resolver.functions.map((fn) => ({ ...fn, entry: entryFor(fn.file) })) };
  });
  const entries = planned.flatMap((item) => [item.entry, ...item.functions.map((fn) => fn.entry)]);
  const bundles = await bundle(root, entries);
  const problems = entries.flatMap((entry) => checkModule(entry.sourceFile, bundles.get(entry.bundleFile)!));
  if (problems.length > 0) throw new ManifestError(problems);
  const codeOf = (entry: BundleEntry): CodeUnit => ({ ...entry, code: bundles.get(entry.bundleFile)!.code });

  const resolvers: ResolverSpec[] = planned.map(({ resolver, entry, functions }) =>
    resolver.kind === 'UNIT'
      ? { kind: 'UNIT', typeName: resolver.typeName, fieldName: resolver.fieldName, dataSource: resolver.dataSource, code: codeOf(entry) }
      : {
          kind: 'PIPELINE',
          typeName: resolver.typeName,
          fieldName: resolver.fieldName,
          code: codeOf(entry),
          functions: functions.map((fn) => ({ name: `${resolver.typeName}_${resolver.fieldName}_${fn.order}_${fn.step}`, order: fn.order, step: fn.step, dataSource: fn.dataSource, code: codeOf(fn.entry) })),
        },
  );
  return { root, deploySchemaFile: path.resolve(root, schemaFiles[0] ?? ''), localSchemaSdl: sdl, dataSources, resolvers };
}
