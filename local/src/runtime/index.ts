// Public surface of the APPSYNC_JS runtime: load a bundled resolver file once, run its handlers many times.

export { CodeValidationError } from './code-validation-error';
export { loadResolverCode, DEFAULT_TIMEOUT_MS } from './load-resolver-code';
export { MAX_CODE_LENGTH } from './validate-code';
export type { RuntimeDeps } from './runtime-deps';
export type {
  AppSyncContext,
  AppSyncErrorInfo,
  AuthType,
  ContextParts,
  DiscardedKeys,
  HandlerOutcome,
  InvocationOptions,
  ResolverCode,
  SerializedOutcome,
} from './types';
