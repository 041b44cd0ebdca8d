// Runs one unit or pipeline resolver the way AppSync does (appsync-spec.md §8.1–8.2): request →
// data source → response, stash and prev.result threaded through pipeline functions, earlyReturn,
// util.error aborting the whole resolver, util.appendError collected; handlers' invalidations and
// response headers handed to the request's effects. A direct Lambda resolver (no code) sends the
// function the whole context instead (§6). Between handler calls the context stays JSON text, one text
// per top-level key, so each part is serialized once per resolver and only values that the host needs
// (a data source request, the field's value) are parsed.
import type { DirectLambdaResolverSpec, PipelineResolverSpec, UnitResolverSpec } from '../../../manifest/src/index';
import { DataSourceRequestError, type DataSource, type DataSourceResult } from '../datasources/data-source';
import type { AppSyncContext, AppSyncErrorInfo, AuthType, ContextParts, DiscardedKeys, ResolverCode, SerializedOutcome } from '../runtime';
import { AppSyncFieldError } from './appsync-errors';
import type { FieldEffects } from './request-effects';

export interface FieldCall {
  typeName: string;
  fieldName: string;
  args: Record<string, unknown>;
  source: unknown;
  identity: unknown;
  authType: AuthType;
  variables: Record<string, unknown>;
  selectionSetList: string[];
  selectionSetGraphQL: string;
  headers: Record<string, string>;
  /** The request's invalidations and response headers; absent where none apply (subscription start). */
  effects?: FieldEffects;
}

export interface FieldOutcome {
  value: unknown;
  appendedErrors: AppSyncErrorInfo[];
  subscriptionFilter?: unknown;
  invalidationFilter?: unknown;
}

export interface LoadedUnit {
  spec: UnitResolverSpec;
  code: ResolverCode;
}

export interface LoadedPipeline {
  spec: PipelineResolverSpec;
  code: ResolverCode;
  functions: { dataSource: string; code: ResolverCode }[];
}

export interface LoadedDirectLambda {
  spec: DirectLambdaResolverSpec;
}

export type LoadedResolver = LoadedUnit | LoadedPipeline | LoadedDirectLambda;

export interface RunnerDeps {
  dataSources: Record<string, DataSource>;
  env: Record<string, string>;
  /** Resolver console output and Code errors (with their TypeScript source position). */
  log?: (line: string) => void;
}

function isDirect(resolver: LoadedResolver): resolver is LoadedDirectLambda {
  return resolver.spec.kind === 'DIRECT_LAMBDA';
}

function isPipeline(resolver: LoadedResolver): resolver is LoadedPipeline {
  return resolver.spec.kind === 'PIPELINE';
}

function codeError(message: string): AppSyncFieldError {
  return new AppSyncFieldError({ message, errorType: 'Code', data: null, errorInfo: null });
}

/** Sets a part, or leaves it out where JSON has no text for the value (undefined), as JSON.stringify(ctx) would. */
function setPart(parts: ContextParts, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  if (json === undefined) delete parts[key];
  else parts[key] = json;
}

function parsed(json: string | undefined): unknown {
  return json === undefined ? undefined : JSON.parse(json);
}

/** ctx.prev for a step's value; `{ result: undefined }` serializes as `{}`. */
function prevPart(resultJson: string | undefined): string {
  return resultJson === undefined ? '{}' : `{"result":${resultJson}}`;
}

// Nothing reads the context after the resolver's last handler; after a function's response handler the
// runner replaces prev and drops result and error, so the sandbox need not serialize them.
const AFTER_LAST_HANDLER: DiscardedKeys = 'all';
const AFTER_FUNCTION_RESPONSE: DiscardedKeys = ['result', 'error', 'prev'];

/** One resolver run: the field call, its context parts between handler calls, and what its handlers appended. */
interface Run {
  deps: Required<RunnerDeps>;
  call: FieldCall;
  parts: ContextParts;
  options: { authType: AuthType };
  appendedErrors: AppSyncErrorInfo[];
}

async function invokeDataSource({ dataSources }: RunnerDeps, call: FieldCall, name: string, request: unknown, maxBatchSize?: number): Promise<DataSourceResult> {
  const dataSource = dataSources[name];
  if (!dataSource) {
    throw new AppSyncFieldError({ message: `Data source ${name} is not configured`, errorType: 'MappingTemplate', data: null, errorInfo: null });
  }
  try {
    return await dataSource.invoke(request, {
      typeName: call.typeName,
      fieldName: call.fieldName,
      maxBatchSize,
      arguments: call.args,
      identity: call.identity,
      selectionSetList: call.selectionSetList,
    });
  } catch (error) {
    if (error instanceof DataSourceRequestError) {
      throw new AppSyncFieldError({ message: error.message, errorType: error.errorType, data: null, errorInfo: null });
    }
    throw error;
  }
}

function step(run: Run, code: ResolverCode, handler: 'request' | 'response', discard?: DiscardedKeys): SerializedOutcome {
  const { call, deps } = run;
  const outcome = code.runSerialized(handler, run.parts, run.options, discard);
  const field = `${call.typeName}.${call.fieldName}`;
  for (const entry of outcome.logs) {
    deps.log(`[${field}] ${entry.level === 'error' ? 'ERROR ' : ''}${entry.message}`);
  }
  if (outcome.error?.errorType === 'Code') {
    deps.log(`[${field}] ${handler} handler of ${code.fileName} failed: ${outcome.error.message}${outcome.errorSource ? ` (at ${outcome.errorSource})` : ''}`);
  }
  run.appendedErrors.push(...outcome.appendedErrors);
  // [U] Headers stay once added, even if the handler then fails; invalidations need a response
  // handler that completed (AppSync honours them in response handlers only).
  const refused = call.effects?.addResponseHeaders(outcome.responseHeaders);
  if (handler === 'response' && !outcome.error) {
    call.effects?.invalidations?.push(...outcome.invalidations);
  }
  if (outcome.error) {
    throw new AppSyncFieldError(outcome.error);
  }
  if (refused) {
    throw codeError(refused);
  }
  return outcome;
}

async function callDataSource(run: Run, name: string, requestJson: string | undefined): Promise<void> {
  const outcome = await invokeDataSource(run.deps, run.call, name, parsed(requestJson));
  setPart(run.parts, 'result', outcome.result);
  setPart(run.parts, 'error', outcome.error);
}

function infoOf(call: FieldCall): AppSyncContext['info'] {
  return { fieldName: call.fieldName, parentTypeName: call.typeName, variables: call.variables, selectionSetList: call.selectionSetList, selectionSetGraphQL: call.selectionSetGraphQL };
}

async function runDirectLambda(deps: Required<RunnerDeps>, resolver: LoadedDirectLambda, call: FieldCall): Promise<FieldOutcome> {
  // The event is the context as AppSync serializes it for Lambda: no `args` alias, no env.
  const request = { headers: call.headers, domainName: null };
  const event = { arguments: call.args, identity: call.identity, source: call.source ?? null, request, prev: null, info: infoOf(call), stash: {} };
  const batchSize = resolver.spec.maxBatchSize ?? 0;
  const lambdaRequest = batchSize > 0 ? { operation: 'BatchInvoke', payload: event } : { operation: 'Invoke', payload: event };
  const outcome = await invokeDataSource(deps, call, resolver.spec.dataSource, lambdaRequest, batchSize);
  if (outcome.error) {
    // What AppSync's default response does: util.error(ctx.error.message, ctx.error.type, ctx.result).
    throw new AppSyncFieldError({ message: outcome.error.message, errorType: outcome.error.type, data: outcome.result ?? null, errorInfo: null });
  }
  return { value: outcome.result, appendedErrors: [] };
}

function outcomeOf(run: Run, last: SerializedOutcome): FieldOutcome {
  return { value: parsed(last.valueJson), appendedErrors: run.appendedErrors, subscriptionFilter: last.subscriptionFilter, invalidationFilter: last.invalidationFilter };
}

async function runUnit(run: Run, resolver: LoadedUnit): Promise<FieldOutcome> {
  const request = step(run, resolver.code, 'request');
  if (request.earlyReturn) {
    return { value: request.earlyReturn.value, appendedErrors: run.appendedErrors };
  }
  await callDataSource(run, resolver.spec.dataSource, request.valueJson);
  return outcomeOf(run, step(run, resolver.code, 'response', AFTER_LAST_HANDLER));
}

async function runPipeline(run: Run, resolver: LoadedPipeline): Promise<FieldOutcome> {
  const { parts } = run;
  const before = step(run, resolver.code, 'request');
  let prevResult = before.earlyReturn ? JSON.stringify(before.earlyReturn.value) : before.valueJson;
  parts.prev = prevPart(prevResult);
  if (!before.earlyReturn) {
    for (const fn of resolver.functions) {
      const request = step(run, fn.code, 'request');
      if (request.earlyReturn) {
        prevResult = JSON.stringify(request.earlyReturn.value);
        parts.prev = prevPart(prevResult);
        if (request.earlyReturn.skipTo === 'END') {
          break;
        }
        continue;
      }
      await callDataSource(run, fn.dataSource, request.valueJson);
      prevResult = step(run, fn.code, 'response', AFTER_FUNCTION_RESPONSE).valueJson;
      parts.prev = prevPart(prevResult);
      delete parts.result;
      delete parts.error;
    }
  }
  if (prevResult === undefined) delete parts.result;
  else parts.result = prevResult;
  return outcomeOf(run, step(run, resolver.code, 'response', AFTER_LAST_HANDLER));
}

export function createResolverRunner({ dataSources, env, log = () => {} }: RunnerDeps) {
  const deps = { dataSources, env, log };
  // The API's environment variables are fixed once the server runs.
  const envJson = JSON.stringify(env);
  return async function run(resolver: LoadedResolver, call: FieldCall): Promise<FieldOutcome> {
    if (isDirect(resolver)) {
      return runDirectLambda(deps, resolver, call);
    }
    // The ctx's keys in AppSync's order; `args` is aliased to `arguments` inside the sandbox.
    const parts: ContextParts = {};
    setPart(parts, 'arguments', call.args);
    setPart(parts, 'identity', call.identity);
    setPart(parts, 'source', call.source ?? null);
    parts.stash = '{}';
    setPart(parts, 'info', infoOf(call));
    setPart(parts, 'request', { headers: call.headers, domainName: null });
    parts.env = envJson;
    const state: Run = { deps, call, parts, options: { authType: call.authType }, appendedErrors: [] };
    return isPipeline(resolver) ? runPipeline(state, resolver) : runUnit(state, resolver);
  };
}
