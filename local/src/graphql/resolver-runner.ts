// Runs one unit or pipeline resolver the way AppSync does (appsync-spec.md §8.1–8.2): request →
// data source → response, stash and prev.result threaded through pipeline functions, earlyReturn,
// util.error aborting the whole resolver, util.appendError collected; handlers' invalidations and
// response headers handed to the request's effects. A direct Lambda resolver (no code) sends the
// function the whole context instead (§6).
import type { DirectLambdaResolverSpec, PipelineResolverSpec, UnitResolverSpec } from '../../../manifest/src/index';
import { DataSourceRequestError, type DataSource, type DataSourceResult } from '../datasources/data-source';
import type { AppSyncContext, AppSyncErrorInfo, AuthType, HandlerOutcome, ResolverCode } from '../runtime';
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

export function createResolverRunner({ dataSources, env, log = () => {} }: RunnerDeps) {
  return async function run(resolver: LoadedResolver, call: FieldCall): Promise<FieldOutcome> {
    const ctx: AppSyncContext = {
      arguments: call.args,
      args: call.args,
      identity: call.identity,
      source: call.source ?? null,
      stash: {},
      info: {
        fieldName: call.fieldName,
        parentTypeName: call.typeName,
        variables: call.variables,
        selectionSetList: call.selectionSetList,
        selectionSetGraphQL: call.selectionSetGraphQL,
      },
      request: { headers: call.headers, domainName: null },
      env,
    };
    const appendedErrors: AppSyncErrorInfo[] = [];
    const options = { authType: call.authType };

    function step(code: ResolverCode, handler: 'request' | 'response'): HandlerOutcome {
      const outcome = code.run(handler, ctx, options);
      const field = `${call.typeName}.${call.fieldName}`;
      for (const entry of outcome.logs) {
        log(`[${field}] ${entry.level === 'error' ? 'ERROR ' : ''}${entry.message}`);
      }
      if (outcome.error?.errorType === 'Code') {
        log(`[${field}] ${handler} handler of ${code.fileName} failed: ${outcome.error.message}${outcome.errorSource ? ` (at ${outcome.errorSource})` : ''}`);
      }
      appendedErrors.push(...outcome.appendedErrors);
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

    async function invoke(name: string, request: unknown, maxBatchSize?: number): Promise<DataSourceResult> {
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

    async function callDataSource(name: string, request: unknown): Promise<void> {
      const outcome = await invoke(name, request);
      ctx.result = outcome.result;
      ctx.error = outcome.error;
      if (!outcome.error) {
        delete ctx.error;
      }
    }

    if (isDirect(resolver)) {
      // The event is the context as AppSync serializes it for Lambda: no `args` alias, no env.
      const event = { arguments: ctx.arguments, identity: ctx.identity, source: ctx.source, request: ctx.request, prev: null, info: ctx.info, stash: ctx.stash };
      const batchSize = resolver.spec.maxBatchSize ?? 0;
      const request = batchSize > 0 ? { operation: 'BatchInvoke', payload: event } : { operation: 'Invoke', payload: event };
      const outcome = await invoke(resolver.spec.dataSource, request, batchSize);
      if (outcome.error) {
        // What AppSync's default response does: util.error(ctx.error.message, ctx.error.type, ctx.result).
        throw new AppSyncFieldError({ message: outcome.error.message, errorType: outcome.error.type, data: outcome.result ?? null, errorInfo: null });
      }
      return { value: outcome.result, appendedErrors };
    }

    if (!isPipeline(resolver)) {
      const request = step(resolver.code, 'request');
      if (request.earlyReturn) {
        return { value: request.earlyReturn.value, appendedErrors };
      }
      await callDataSource(resolver.spec.dataSource, request.value);
      const response = step(resolver.code, 'response');
      return { value: response.value, appendedErrors, subscriptionFilter: response.subscriptionFilter, invalidationFilter: response.invalidationFilter };
    }

    const before = step(resolver.code, 'request');
    ctx.prev = { result: before.earlyReturn ? before.earlyReturn.value : before.value };
    if (!before.earlyReturn) {
      for (const fn of resolver.functions) {
        const request = step(fn.code, 'request');
        if (request.earlyReturn) {
          ctx.prev = { result: request.earlyReturn.value };
          if (request.earlyReturn.skipTo === 'END') {
            break;
          }
          continue;
        }
        await callDataSource(fn.dataSource, request.value);
        const response = step(fn.code, 'response');
        ctx.prev = { result: response.value };
        delete ctx.result;
        delete ctx.error;
      }
    }
    ctx.result = ctx.prev.result;
    const after = step(resolver.code, 'response');
    return { value: after.value, appendedErrors, subscriptionFilter: after.subscriptionFilter, invalidationFilter: after.invalidationFilter };
  };
}
