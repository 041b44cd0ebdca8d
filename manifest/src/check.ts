// Cross-checks: discovered wiring and declared direct Lambda resolvers against the schema and the
// declared data sources, and each bundle against the APPSYNC_JS module contract. Reports problems;
// never throws or touches files.
import { isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { coordinate } from './discover';
import type { DiscoveredResolver } from './discover';
import type { ManifestProblem } from './errors';
import type { DataSourceSpec, DirectLambdaDeclaration } from './types';

/** AppSync quota: functions per pipeline resolver. */
export const MAX_PIPELINE_FUNCTIONS = 10;

/** AppSync's range of a resolver's maxBatchSize [S API reference]. */
export const MAX_BATCH_SIZE = 2000;

/** Where an API declares what resolver files cannot say; problem messages point there. */
export interface DeclarationFiles {
  dataSources: string;
  directLambdaResolvers: string;
}

export const HERALD_DECLARATIONS: DeclarationFiles = {
  dataSources: 'manifest/src/datasources.ts',
  directLambdaResolvers: 'manifest/src/direct-lambda-resolvers.ts',
};

const COORDINATE = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/;

// The only modules the APPSYNC_JS runtime provides; any other import must be bundled in, or AppSync
// rejects the code when the resolver is saved (appsync-spec.md §1.1).
const RUNTIME_MODULES: ReadonlySet<string> = new Set([
  '@aws-appsync/utils',
  '@aws-appsync/utils/dynamodb',
  '@aws-appsync/utils/rds',
  '@aws-appsync/utils/ai',
]);

const HANDLERS = ['request', 'response'] as const;

function checkField(resolver: { typeName: string; fieldName: string }, file: string, schema: GraphQLSchema): ManifestProblem[] {
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
  dataSourcesFile = HERALD_DECLARATIONS.dataSources,
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
          reason: `unknown data source [${user.dataSource}] (declared in ${dataSourcesFile}: ${declared})`,
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

/** Each declaration names a schema field no resolver file wires, an AWS_LAMBDA data source and a valid maxBatchSize. */
export function checkDirectLambdaResolvers(
  declarations: Readonly<Record<string, DirectLambdaDeclaration>>,
  wired: readonly DiscoveredResolver[],
  schema: GraphQLSchema,
  dataSources: Readonly<Record<string, DataSourceSpec>>,
  files: DeclarationFiles = HERALD_DECLARATIONS,
): ManifestProblem[] {
  const file = files.directLambdaResolvers;
  const wiredBy = new Map(wired.map((resolver) => [coordinate(resolver), resolver.kind === 'UNIT' ? resolver.file : resolver.folder]));
  const problems: ManifestProblem[] = [];
  for (const [key, declaration] of Object.entries(declarations)) {
    const match = COORDINATE.exec(key);
    if (!match) {
      problems.push({ file, reason: `"${key}": expected <Type>.<field>` });
      continue;
    }
    const fieldProblems = checkField({ typeName: match[1], fieldName: match[2] }, file, schema);
    problems.push(...fieldProblems.map((problem) => ({ file, reason: `"${key}": ${problem.reason}` })));
    const earlier = wiredBy.get(key);
    if (earlier) {
      problems.push({ file, reason: `"${key}": duplicate wiring: ${key} is also wired by ${earlier}` });
    }
    const dataSource = Object.hasOwn(dataSources, declaration.dataSource) ? dataSources[declaration.dataSource] : undefined;
    if (!dataSource) {
      problems.push({ file, reason: `"${key}": unknown data source [${declaration.dataSource}] (declared in ${files.dataSources}: ${Object.keys(dataSources).join(', ')})` });
    } else if (dataSource.kind !== 'AWS_LAMBDA') {
      problems.push({ file, reason: `"${key}": data source [${declaration.dataSource}] is ${dataSource.kind}; a resolver without code needs an AWS_LAMBDA data source` });
    }
    const size = declaration.maxBatchSize;
    if (size !== undefined && !(Number.isInteger(size) && size >= 0 && size <= MAX_BATCH_SIZE)) {
      problems.push({ file, reason: `"${key}": maxBatchSize must be an integer from 0 to ${MAX_BATCH_SIZE}, not ${String(size)}` });
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
