// Cross-checks: discovered wiring against the schema and the declared data sources, and each bundle
// against the APPSYNC_JS module contract. Reports problems; never throws or touches files.
import { isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { coordinate } from './discover';
import type { DiscoveredResolver } from './discover';
import type { ManifestProblem } from './errors';
import type { DataSourceSpec } from './types';

/** AppSync quota: functions per pipeline resolver. */
export const MAX_PIPELINE_FUNCTIONS = 10;

// The only modules the APPSYNC_JS runtime provides; any other import must be bundled in, or AppSync
// rejects the code when the resolver is saved (appsync-spec.md §1.1).
const RUNTIME_MODULES: ReadonlySet<string> = new Set([
  '@aws-appsync/utils',
  '@aws-appsync/utils/dynamodb',
  '@aws-appsync/utils/rds',
  '@aws-appsync/utils/ai',
]);

const HANDLERS = ['request', 'response'] as const;

function checkField(resolver: DiscoveredResolver, file: string, schema: GraphQLSchema): ManifestProblem[] {
  const type = schema.getType(resolver.typeName);
  if (!type) {
    return [{ file, reason: `type ${resolver.typeName} is not in the schema` }];
  }
  if (!isObjectType(type)) {
    return [{ file, reason: `${resolver.typeName} is not an object type, so its fields take no resolver` }];
  }
  if (!Object.hasOwn(type.getFields(), resolver.fieldName)) {
    return [{ file, reason: `field ${coordinate(resolver)} is not in the schema` }];
  }
  return [];
}

/** Schema fields, data sources, duplicate wiring and the pipeline quota, for every resolver. */
export function checkWiring(
  resolvers: readonly DiscoveredResolver[],
  schema: GraphQLSchema,
  dataSources: Readonly<Record<string, DataSourceSpec>>,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const wiredBy = new Map<string, string>();
  const declared = Object.keys(dataSources).join(', ');
  for (const resolver of resolvers) {
    const file = resolver.kind === 'UNIT' ? resolver.file : resolver.folder;
    problems.push(...checkField(resolver, file, schema));
    const earlier = wiredBy.get(coordinate(resolver));
    if (earlier) {
      problems.push({ file, reason: `duplicate wiring: ${coordinate(resolver)} is also wired by ${earlier}` });
    } else {
      wiredBy.set(coordinate(resolver), file);
    }
    const users = resolver.kind === 'UNIT' ? [resolver] : resolver.functions;
    for (const user of users) {
      if (!Object.hasOwn(dataSources, user.dataSource)) {
        problems.push({
          file: user.file,
          reason: `unknown data source [${user.dataSource}] (declared in manifest/src/datasources.ts: ${declared})`,
        });
      }
    }
    if (resolver.kind === 'PIPELINE' && resolver.functions.length > MAX_PIPELINE_FUNCTIONS) {
      problems.push({
        file,
        reason: `pipeline has ${resolver.functions.length} functions; AppSync allows at most ${MAX_PIPELINE_FUNCTIONS}`,
      });
    }
  }
  return problems;
}

/** The bundle of `sourceFile` must export request and response and import only runtime modules. */
export function checkModule(
  sourceFile: string,
  bundle: { exports: readonly string[]; imports: readonly string[] },
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const missing = HANDLERS.filter((name) => !bundle.exports.includes(name));
  if (missing.length > 0) {
    problems.push({ file: sourceFile, reason: `must export both request and response (missing: ${missing.join(', ')})` });
  }
  for (const specifier of bundle.imports) {
    if (!RUNTIME_MODULES.has(specifier)) {
      problems.push({
        file: sourceFile,
        reason: `imports "${specifier}", which the APPSYNC_JS runtime does not provide (allowed: ${[...RUNTIME_MODULES].join(', ')})`,
      });
    }
  }
  return problems;
}
