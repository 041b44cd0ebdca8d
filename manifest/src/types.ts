// The manifest's data shapes: what cdk/ deploys and local/ serves. Types only, no behaviour; the
// public surface re-exports them from index.ts.

export type DataSourceSpec =
  | { name: string; kind: 'AMAZON_DYNAMODB'; table: 'main' }
  | { name: string; kind: 'NONE' }
  | { name: string; kind: 'AWS_LAMBDA'; functionName: string };

export interface CodeUnit {
  /** Repo-relative posix path of the source (a generated pass-through points at manifest/src). */
  sourceFile: string;
  /** Repo-relative posix path of the bundle, under dist/resolvers/. */
  bundleFile: string;
  /** The bundled ESM text, exactly what AppSync receives. */
  code: string;
  /** Its source map (JSON, no sources content), written beside the bundle as `<bundleFile>.map`. */
  sourceMap?: string;
}

export interface UnitResolverSpec {
  kind: 'UNIT';
  typeName: string;
  fieldName: string;
  dataSource: string;
  code: CodeUnit;
}

export interface PipelineFunctionSpec {
  /** AppSync-valid unique name, e.g. Mutation_publishEvent_1_markPublished. */
  name: string;
  order: number;
  step: string;
  dataSource: string;
  code: CodeUnit;
}

export interface PipelineResolverSpec {
  kind: 'PIPELINE';
  typeName: string;
  fieldName: string;
  /** index.ts, or the generated pass-through before/after when the folder has none. */
  code: CodeUnit;
  /** In execution order. */
  functions: PipelineFunctionSpec[];
}

export type ResolverSpec = UnitResolverSpec | PipelineResolverSpec;

/** How an API declares a direct Lambda resolver (keyed by `Type.field`): no code, only its Lambda. */
export interface DirectLambdaDeclaration {
  /** An AWS_LAMBDA data source. */
  dataSource: string;
  /** 1–2000: AppSync sends BatchInvoke with up to this many contexts; 0 or absent: one Invoke per field. */
  maxBatchSize?: number;
}

/**
 * A UNIT resolver without code on a Lambda data source: AppSync sends the function the whole context
 * and the function's return is the field value (appsync-spec.md §6).
 */
export interface DirectLambdaResolverSpec {
  kind: 'DIRECT_LAMBDA';
  typeName: string;
  fieldName: string;
  dataSource: string;
  maxBatchSize?: number;
}

export interface Manifest {
  /** Absolute repo root. */
  root: string;
  /** Absolute path of schema/schema.graphql, the only schema file that is deployed. */
  deploySchemaFile: string;
  /** appsync.graphql + schema.graphql: what local tools build their schema from. */
  localSchemaSdl: string;
  dataSources: Record<string, DataSourceSpec>;
  /** Resolvers with code, sorted by Type.field. */
  resolvers: ResolverSpec[];
  /** Resolvers without code, sorted by Type.field (kept apart: they have no code unit to bundle or deploy). */
  directLambdaResolvers: DirectLambdaResolverSpec[];
}
