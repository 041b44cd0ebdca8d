// buildManifest: discover → check wiring → bundle → check modules → (write) → Manifest. The one entry
// point cdk/ and local/ call; it reads schema/ and resolvers/ as files and never imports them. Herald's
// declarations are the defaults; any other API passes its own (local/'s generic config does).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, bundleFileFor } from './bundle';
import type { Bundle, BundleEntry } from './bundle';
import { checkDirectLambdaResolvers, checkModule, checkWiring, HERALD_DECLARATIONS, type DeclarationFiles } from './check';
import { dataSources as heraldDataSources } from './datasources';
import { directLambdaResolvers as heraldDirectLambdaResolvers } from './direct-lambda-resolvers';
import { coordinate, discover } from './discover';
import type { DiscoveredFunction, DiscoveredResolver } from './discover';
import { ManifestError } from './errors';
import { defaultRoot, toRepoPath } from './paths';
import { loadSchema, type SchemaFiles } from './schema';
import type { CodeUnit, DataSourceSpec, DirectLambdaDeclaration, DirectLambdaResolverSpec, Manifest, ResolverSpec } from './types';
import { writeBundles } from './write-bundles';

export interface BuildManifestOptions extends SchemaFiles {
  /** Absolute repo root; defaults to the root this package sits in. */
  root?: string;
  /** Resolver tree, absolute or relative to root; defaults to `resolvers`. */
  resolversDir?: string;
  /** Write bundles to <root>/dist/resolvers (default true). */
  write?: boolean;
  /** Default: Herald's (manifest/src/datasources.ts). */
  dataSources?: Readonly<Record<string, DataSourceSpec>>;
  /** Keyed by `Type.field`. Default: Herald's (manifest/src/direct-lambda-resolvers.ts). */
  directLambdaResolvers?: Readonly<Record<string, DirectLambdaDeclaration>>;
  /** Where those two are declared, for problem messages. */
  declaredIn?: DeclarationFiles;
}

const PASS_THROUGH_FILE = fileURLToPath(new URL('./pipeline-pass-through.ts', import.meta.url));

interface PlannedResolver {
  resolver: DiscoveredResolver;
  /** The unit resolver's code, or the pipeline's before/after. */
  entry: BundleEntry;
  functions: { fn: DiscoveredFunction; entry: BundleEntry }[];
}

/** Source and bundle paths of every code unit. */
function planEntries(root: string, resolversDir: string, resolvers: readonly DiscoveredResolver[]): PlannedResolver[] {
  const treePath = toRepoPath(root, resolversDir);
  const entryFor = (sourceFile: string): BundleEntry => ({
    sourceFile,
    bundleFile: bundleFileFor(path.posix.relative(treePath, sourceFile)),
  });
  return resolvers.map((resolver) => {
    if (resolver.kind === 'UNIT') {
      return { resolver, entry: entryFor(resolver.file), functions: [] };
    }
    const entry = resolver.indexFile
      ? entryFor(resolver.indexFile)
      : {
          sourceFile: toRepoPath(root, PASS_THROUGH_FILE),
          bundleFile: bundleFileFor(`${path.posix.relative(treePath, resolver.folder)}/index.ts`),
        };
    return { resolver, entry, functions: resolver.functions.map((fn) => ({ fn, entry: entryFor(fn.file) })) };
  });
}

function toSpec(planned: PlannedResolver, codeOf: (entry: BundleEntry) => CodeUnit): ResolverSpec {
  const { resolver, entry } = planned;
  if (resolver.kind === 'UNIT') {
    const { typeName, fieldName, dataSource } = resolver;
    return { kind: 'UNIT', typeName, fieldName, dataSource, code: codeOf(entry) };
  }
  return {
    kind: 'PIPELINE',
    typeName: resolver.typeName,
    fieldName: resolver.fieldName,
    code: codeOf(entry),
    functions: planned.functions.map(({ fn, entry: fnEntry }) => ({
      name: `${resolver.typeName}_${resolver.fieldName}_${fn.order}_${fn.step}`,
      order: fn.order,
      step: fn.step,
      dataSource: fn.dataSource,
      code: codeOf(fnEntry),
    })),
  };
}

function directSpecs(declarations: Readonly<Record<string, DirectLambdaDeclaration>>): DirectLambdaResolverSpec[] {
  return Object.entries(declarations)
    .map(([key, { dataSource, maxBatchSize }]): DirectLambdaResolverSpec => {
      const [typeName, fieldName] = key.split('.');
      return { kind: 'DIRECT_LAMBDA', typeName, fieldName, dataSource, ...(maxBatchSize === undefined ? {} : { maxBatchSize }) };
    })
    .sort((a, b) => (coordinate(a) < coordinate(b) ? -1 : 1));
}

export async function buildManifest(options: BuildManifestOptions = {}): Promise<Manifest> {
  const root = path.resolve(options.root ?? defaultRoot());
  const resolversDir = path.resolve(root, options.resolversDir ?? 'resolvers');
  const dataSources = options.dataSources ?? heraldDataSources;
  const directLambdaResolvers = options.directLambdaResolvers ?? heraldDirectLambdaResolvers;
  const declaredIn = options.declaredIn ?? HERALD_DECLARATIONS;
  const { deploySchemaFile, localSchemaSdl, schema } = await loadSchema(root, options);

  const discovery = await discover(root, resolversDir);
  const wiringProblems = [
    ...discovery.problems,
    ...checkWiring(discovery.resolvers, schema, dataSources, declaredIn.dataSources),
    ...checkDirectLambdaResolvers(directLambdaResolvers, discovery.resolvers, schema, dataSources, declaredIn),
  ];
  if (wiringProblems.length > 0) {
    throw new ManifestError(wiringProblems);
  }

  const planned = planEntries(root, resolversDir, discovery.resolvers);
  const entries = planned.flatMap((item) => [item.entry, ...item.functions.map((fn) => fn.entry)]);
  const bundles = await bundle(root, entries);
  const bundleOf = (entry: BundleEntry): Bundle => bundles.get(entry.bundleFile) as Bundle;
  const moduleProblems = entries.flatMap((entry) => checkModule(entry.sourceFile, bundleOf(entry)));
  if (moduleProblems.length > 0) {
    throw new ManifestError(moduleProblems);
  }

  const codeOf = (entry: BundleEntry): CodeUnit => ({ ...entry, code: bundleOf(entry).code, sourceMap: bundleOf(entry).sourceMap });
  if (options.write ?? true) {
    await writeBundles(root, entries.map(codeOf));
  }
  return {
    root,
    deploySchemaFile,
    localSchemaSdl,
    dataSources: structuredClone(dataSources) as Manifest['dataSources'],
    resolvers: planned.map((item) => toSpec(item, codeOf)),
    directLambdaResolvers: directSpecs(directLambdaResolvers),
  };
}
