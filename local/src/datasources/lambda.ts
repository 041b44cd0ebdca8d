// AWS_LAMBDA data source (appsync-spec.md §6): runs a Node handler in-process with Lambda's calling
// convention. Invoke, fire-and-forget Event, and BatchInvoke grouping one field across list items.
import { randomUUID } from 'node:crypto';
import { DataSourceRequestError, type DataSource, type DataSourceCall, type DataSourceError, type DataSourceResult } from './data-source';

export interface LambdaContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
}

export type LambdaHandler = (event: unknown, context: LambdaContext, callback?: (error: unknown, result?: unknown) => void) => unknown;

export interface LambdaDataSourceOptions {
  functionName: string;
  /** The handler itself, or a loader run once on first use, e.g. `() => import('../functions/x/handler')`. */
  handler?: LambdaHandler;
  load?: () => Promise<Record<string, unknown>>;
  /** Export to use from the loaded module (default `handler`). */
  exportName?: string;
  /** Lambda's function timeout (default 3 s, Lambda's own default). */
  timeoutSeconds?: number;
  memoryLimitInMB?: number;
  /**
   * The function's environment variables. DIVERGENCE: in-process functions share one process.env;
   * these are written into it before the module loads and before every invocation.
   */
  environment?: Record<string, string>;
  /** BatchInvoke batch size when the resolver does not give one (AppSync: 0–2000). */
  maxBatchSize?: number;
  region?: string;
  log?: (line: string) => void;
}

export interface Invocation {
  ok: boolean;
  /** The JSON-round-tripped result, or the Lambda error payload. */
  value: unknown;
  error?: { errorType: string; errorMessage: string };
}

interface LambdaRequest {
  operation?: unknown;
  invocationType?: unknown;
  payload?: unknown;
}

interface Waiting {
  payload: unknown;
  settle(result: DataSourceResult): void;
}

/** What went over the wire: JSON drops undefined and functions and turns Dates into strings. */
function jsonRoundTrip(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

function errorPayload(error: unknown): { errorType: string; errorMessage: string } {
  if (error instanceof Error) {
    return { errorType: error.name, errorMessage: error.message };
  }
  return { errorType: typeof error, errorMessage: String(error) };
}

/** Code resolvers see every unhandled function error as Lambda:Unhandled (spec §6 [O]). */
export function unhandled(errorMessage: string): DataSourceError {
  return { type: 'Lambda:Unhandled', message: errorMessage };
}

/** AppSync's per-item BatchInvoke error convention: `{data, errorMessage, errorType}`. */
function batchItem(value: unknown): DataSourceResult {
  const item = value as Record<string, unknown> | null;
  const keys = item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [];
  const isEnvelope = keys.length > 0 && keys.every((key) => key === 'data' || key === 'errorMessage' || key === 'errorType') && (keys.includes('errorMessage') || keys.includes('errorType'));
  if (!isEnvelope) {
    return { result: value };
  }
  const message = item!.errorMessage;
  return {
    result: item!.data ?? null,
    error: { type: typeof item!.errorType === 'string' ? item!.errorType : 'Lambda:Unhandled', message: typeof message === 'string' ? message : String(message ?? '') },
  };
}

export interface LambdaDataSource extends DataSource {
  /** Runs the handler once with a raw event (Invoke API and function-URL routes, the Lambda authorizer, tests). */
  call(event: unknown): Promise<Invocation>;
  /** Resolves once every fire-and-forget (Event) invocation started so far has finished. */
  idle(): Promise<void>;
}

export function createLambdaDataSource(options: LambdaDataSourceOptions): LambdaDataSource {
  const { functionName } = options;
  const log = options.log ?? (() => {});
  const region = options.region ?? 'us-east-1';
  const timeoutMs = (options.timeoutSeconds ?? 3) * 1000;
  let loaded: Promise<LambdaHandler> | undefined;
  const background = new Set<Promise<unknown>>();
  /** The batch still accepting payloads, per Type.field. */
  const open = new Map<string, Waiting[]>();

  function handlerOf(): Promise<LambdaHandler> {
    loaded ??= (async () => {
      if (options.handler) return options.handler;
      if (!options.load) throw new Error(`Lambda data source ${functionName} has neither a handler nor a loader`);
      const module = await options.load();
      const exported = module[options.exportName ?? 'handler'];
      if (typeof exported !== 'function') {
        throw Object.assign(new Error(`${options.exportName ?? 'handler'} is undefined or not exported`), { name: 'Runtime.HandlerNotFound' });
      }
      return exported as LambdaHandler;
    })();
    return loaded;
  }

  function contextFor(deadline: number): LambdaContext {
    const awsRequestId = randomUUID();
    return {
      functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
      memoryLimitInMB: String(options.memoryLimitInMB ?? 128),
      awsRequestId,
      logGroupName: `/aws/lambda/${functionName}`,
      logStreamName: `local/[$LATEST]${awsRequestId.replace(/-/g, '')}`,
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    };
  }

  async function call(event: unknown): Promise<Invocation> {
    const deadline = Date.now() + timeoutMs;
    const context = contextFor(deadline);
    let timer: NodeJS.Timeout | undefined;
    try {
      Object.assign(process.env, options.environment);
      const handler = await handlerOf();
      const input = jsonRoundTrip(event);
      const running = new Promise<unknown>((resolve, reject) => {
        const callback = (error: unknown, result?: unknown) => (error ? reject(error) : resolve(result));
        Promise.resolve(handler.length >= 3 ? handler(input, context, callback) : handler(input, context)).then((value) => {
          if (handler.length < 3 || value !== undefined) resolve(value);
        }, reject);
      });
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error(`${context.awsRequestId} Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`), { name: 'Sandbox.Timedout' })),
          timeoutMs,
        );
      });
      return { ok: true, value: jsonRoundTrip(await Promise.race([running, timedOut])) };
    } catch (error) {
      const payload = errorPayload(error);
      log(`[lambda:${functionName}] ${payload.errorType}: ${payload.errorMessage}`);
      return { ok: false, value: payload, error: payload };
    } finally {
      clearTimeout(timer);
    }
  }

  async function flush(waiting: Waiting[]): Promise<void> {
    const outcome = await call(waiting.map((entry) => entry.payload));
    if (!outcome.ok) {
      for (const entry of waiting) entry.settle({ error: unhandled(outcome.error!.errorMessage) });
      return;
    }
    const results = outcome.value;
    if (!Array.isArray(results) || results.length !== waiting.length) {
      const got = Array.isArray(results) ? `${results.length} results` : 'a non-list result';
      for (const entry of waiting) entry.settle({ error: unhandled(`BatchInvoke of ${functionName} returned ${got} for ${waiting.length} payloads`) });
      return;
    }
    waiting.forEach((entry, index) => entry.settle(batchItem(results[index])));
  }

  /**
   * Calls for the same field that arrive while the current macrotask runs (graphql-js resolves a
   * list's items in one pass) share one invocation of at most maxBatchSize payloads. Without a
   * batch size each call is a batch of one, as AppSync does when batching is off.
   */
  function enqueue(payload: unknown, call: DataSourceCall | undefined): Promise<DataSourceResult> {
    const size = Math.max(1, call?.maxBatchSize ?? options.maxBatchSize ?? 1);
    const field = call ? `${call.typeName}.${call.fieldName}` : '';
    return new Promise((settle) => {
      let batch = open.get(field);
      if (!batch || batch.length >= size) {
        const fresh: Waiting[] = [];
        open.set(field, fresh);
        setImmediate(() => {
          if (open.get(field) === fresh) open.delete(field);
          void flush(fresh);
        });
        batch = fresh;
      }
      batch.push({ payload, settle });
    });
  }

  return {
    call,
    async idle() {
      while (background.size > 0) await Promise.allSettled([...background]);
    },
    async invoke(raw, fieldCall) {
      const request = (raw ?? {}) as LambdaRequest;
      if (request.operation === 'BatchInvoke') {
        return enqueue(request.payload, fieldCall);
      }
      if (request.operation === undefined) {
        throw new DataSourceRequestError("Value for field '$[operation]' not found.");
      }
      if (request.operation !== 'Invoke') {
        throw new DataSourceRequestError(`Unsupported operation '${String(request.operation)}'.`);
      }
      if (request.invocationType === 'Event') {
        // Fire-and-forget: AppSync answers at once with no result; failures only reach the log.
        const running = call(request.payload).finally(() => background.delete(running));
        background.add(running);
        return { result: null };
      }
      const outcome = await call(request.payload);
      return outcome.ok ? { result: outcome.value } : { error: unhandled(outcome.error!.errorMessage) };
    },
  };
}
