// Serves a Lambda handler the way a Lambda function URL does: the HTTP request becomes an API Gateway
// v2 (payload 2.0) event, the handler's { statusCode, headers, body } becomes the response.
import type { LambdaDataSource } from '../datasources/lambda';
import type { HttpPage } from './handler';

interface FunctionUrlResult {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

export function functionUrlRoute(fn: LambdaDataSource): HttpPage {
  return async (request) => {
    const url = new URL(`${request.path}${request.query ? `?${request.query}` : ''}`, 'http://localhost');
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      queryStringParameters: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string] => entry[1] !== undefined)),
      requestContext: { http: { method: request.method, path: url.pathname, sourceIp: request.remoteAddress }, timeEpoch: Date.now() },
      body: request.body,
      isBase64Encoded: false,
    };
    const outcome = await fn.call(event);
    if (!outcome.ok) {
      return { status: 502, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Internal Server Error' }) };
    }
    const result = (outcome.value ?? {}) as FunctionUrlResult;
    const body = result.isBase64Encoded && result.body ? Buffer.from(result.body, 'base64').toString('utf8') : (result.body ?? '');
    return { status: result.statusCode ?? 200, headers: result.headers ?? {}, body };
  };
}
