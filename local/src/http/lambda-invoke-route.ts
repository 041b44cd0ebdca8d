// A local Lambda Invoke API (`POST /2015-03-31/functions/<name>/invocations`) for the in-process
// functions, so code that invokes a function through the SDK or a signed POST (e.g. a function
// handing work to itself) runs unchanged. DIVERGENCE: the SigV4 signature is required but not verified.
import type { LambdaDataSource } from '../datasources/lambda';
import type { HttpPage } from './handler';
import type { HttpResponse } from './http-types';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? '' : JSON.stringify(body) };
}

function invokeRoute(functionName: string, fn: LambdaDataSource): HttpPage {
  return async (request) => {
    if (!request.headers.authorization?.startsWith('AWS4-HMAC-SHA256')) {
      return answer(403, { message: 'Missing Authentication Token' }, { 'x-amzn-errortype': 'MissingAuthenticationTokenException' });
    }
    let payload: unknown;
    try {
      payload = request.body ? JSON.parse(request.body) : {};
    } catch {
      return answer(400, { message: 'Could not parse request body into json' }, { 'x-amzn-errortype': 'InvalidRequestContentException' });
    }
    const type = request.headers['x-amz-invocation-type'] ?? 'RequestResponse';
    if (type === 'Event') {
      // Accepted at once; the run goes on in the background like Lambda's async queue.
      void fn.invoke({ operation: 'Invoke', invocationType: 'Event', payload });
      return answer(202, undefined);
    }
    const outcome = await fn.call(payload);
    return outcome.ok
      ? answer(200, outcome.value, { 'x-amz-executed-version': '$LATEST' })
      : answer(200, outcome.error, { 'x-amz-function-error': 'Unhandled', 'x-amz-executed-version': '$LATEST' });
  };
}

/** Routes for every function, keyed as the HTTP handler's `pages` expect. */
export function lambdaInvokeRoutes(functions: Record<string, LambdaDataSource>): Record<string, HttpPage> {
  return Object.fromEntries(Object.entries(functions).map(([name, fn]) => [`POST /2015-03-31/functions/${encodeURIComponent(name)}/invocations`, invokeRoute(name, fn)]));
}
