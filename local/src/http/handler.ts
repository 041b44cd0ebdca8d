// Routes of the local AppSync endpoint: POST /graphql (auth → execute), GET /health, CORS
// preflight. No GraphQL or auth logic lives here, only HTTP concerns.
import { UnauthorizedError, type AuthContext } from '../auth/auth-context';
import type { GraphQLRequestBody, OperationResult } from '../graphql/execute-operation';
import type { HttpHandler, HttpRequest, HttpResponse } from './http-types';

export type HttpPage = (request: HttpRequest) => Promise<HttpResponse> | HttpResponse;

export interface HandlerDeps {
  graphqlPath: string;
  authenticate(request: HttpRequest): Promise<AuthContext>;
  execute(body: GraphQLRequestBody, auth: AuthContext, headers: Record<string, string>): Promise<OperationResult>;
  /** Extra routes (explorer page, mailbox …): `/path` answers GET, `POST /path` (etc.) other methods. */
  pages?: Record<string, HttpPage>;
  isReady?(): boolean;
}

// AppSync answers browsers from any origin; the local server does the same.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, x-api-key, x-amz-date, x-amz-security-token, x-amz-user-agent',
  'access-control-max-age': '86400',
};

const OWN_HEADERS: Readonly<Record<string, string>> = { ...CORS, 'content-type': 'application/json; charset=UTF-8' };

/** `custom`: resolver-set headers; the server's own (CORS, content type) are never overwritten. */
function json(status: number, body: unknown, custom?: Record<string, string>): HttpResponse {
  const headers: Record<string, string> = {};
  // Plain loops rather than entries/filter/fromEntries: this runs on every request.
  for (const name in custom) {
    if (!Object.hasOwn(OWN_HEADERS, name.toLowerCase())) headers[name] = custom[name];
  }
  return { status, headers: Object.assign(headers, OWN_HEADERS), body: JSON.stringify(body) };
}

function definedHeaders(headers: HttpRequest['headers']): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) defined[name] = value;
  }
  return defined;
}

export function createHttpHandler(deps: HandlerDeps): HttpHandler {
  const healthPath = deps.graphqlPath.replace(/\/graphql$/, '') + '/health';

  return async function handle(request) {
    if (request.method === 'OPTIONS') {
      return { status: 204, headers: CORS, body: '' };
    }
    if (request.method === 'GET' && (request.path === healthPath || request.path === '/health')) {
      const ready = deps.isReady ? deps.isReady() : true;
      return json(ready ? 200 : 503, { status: ready ? 'ok' : 'starting' });
    }
    const page = deps.pages?.[request.method === 'GET' ? request.path : `${request.method} ${request.path}`];
    if (page) {
      return page(request);
    }
    if (request.path !== deps.graphqlPath) {
      return json(404, { errors: [{ errorType: 'NotFound', message: `No route for ${request.method} ${request.path}` }] });
    }
    if (request.method !== 'POST') {
      return json(405, { errors: [{ errorType: 'BadRequestException', message: 'Use POST for GraphQL requests.' }] });
    }
    let auth: AuthContext;
    try {
      auth = await deps.authenticate(request);
    } catch (error) {
      if (error instanceof UnauthorizedError) {
        // AppSync's 401/403 bodies put errorType first and repeat it in a header [O amplify-js#4270, #3089, #4373].
        return json(error.status, { errors: [{ errorType: error.errorType, message: error.message }] }, { 'x-amzn-errortype': error.errorType });
      }
      throw error;
    }
    // AppSync's own answers, key order included [O graphql/graphql-over-http#81].
    if (request.body.trim() === '') {
      return json(400, { errors: [{ message: 'Request body is empty.', errorType: 'MalformedHttpRequestException' }] });
    }
    let body: GraphQLRequestBody;
    try {
      body = JSON.parse(request.body) as GraphQLRequestBody;
    } catch {
      return json(400, { errors: [{ message: 'Unable to parse GraphQL query.', errorType: 'MalformedHttpRequestException' }] });
    }
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') {
      return json(400, { errors: [{ message: 'Unable to parse GraphQL query.', errorType: 'MalformedHttpRequestException' }] });
    }
    const result = await deps.execute(body, auth, definedHeaders(request.headers));
    return json(200, result.body, result.headers);
  };
}
