// Runs one unit or pipeline resolver the way AppSync does (appsync-spec.md §8.1–8.2): request →
// data source → response, stash and prev.result threaded through pipeline functions, earlyReturn,
// util.error aborting the whole resolver, util.appendError collected.
import type { PipelineResolverSpec, ResolverSpec, UnitResolverSpec } from '../../../manifest/src/index';
import { DataSourceRequestError, type DataSource } from '../datasources/data-source';
import type { AppSyncContext, AppSyncErrorInfo, AuthType, HandlerOutcome, ResolverCode } from '../runtime';
import { AppSyncFieldError } from './appsync-errors';

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

export type LoadedResolver = LoadedUnit | LoadedPipeline;

export interface RunnerDeps {
  dataSources: Record<string, DataSource>;
  env: Record<string, string>;
  /** Resolver console output and Code errors (with their TypeScript source position). */
  log?: (line: string) => void;
}

function isPipeline(resolver: LoadedResolver): resolver is LoadedPipeline {
  return (resolver.spec as ResolverSpec).kind === 'PIPELINE';
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
      if (outcome.error) {
        throw new AppSyncFieldError(outcome.error);
      }
      return outcome;
    }

    async function callDataSource(name: string, request: unknown): Promise<void> {
      const dataSource = dataSources[name];
      if (!dataSource) {
        throw new AppSyncFieldError({ message: `Data source ${name} is not configured`, errorType: 'MappingTemplate', data: null, errorInfo: null });
      }
      let outcome;
      try {
        outcome = await dataSource.invoke(request, { typeName: call.typeName, fieldName: call.fieldName });
      } catch (error) {
        if (error instanceof DataSourceRequestError) {
          throw new AppSyncFieldError({ message: error.message, errorType: error.errorType, data: null, errorInfo: null });
        }
        throw error;
      }
      ctx.result = outcome.result;
      ctx.error = outcome.error;
      if (!outcome.error) {
        delete ctx.error;
      }
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
