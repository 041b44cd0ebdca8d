// manifest: the single source of resolver wiring, read by cdk/ and local/. This file is its whole
// public surface; everything else in src/ is internal.
export type {
  CodeUnit,
  DataSourceSpec,
  DirectLambdaDeclaration,
  DirectLambdaResolverSpec,
  Manifest,
  PipelineFunctionSpec,
  PipelineResolverSpec,
  ResolverSpec,
  UnitResolverSpec,
} from './types';
export { ManifestError } from './errors';
export { buildManifest, type BuildManifestOptions } from './build-manifest';
export { API_LIMITS } from './api-limits';
