import { describe, expect, it } from 'vitest';
import { UnauthorizedError, type AuthContext } from '../auth/auth-context';
import { createHttpHandler } from './handler';
import type { HttpRequest } from './http-types';

const apiKeyAuth: AuthContext = { mode: 'API_KEY', identity: null };

function request(overrides: Partial<HttpRequest>): HttpRequest {
  return { method: 'POST', path: '/graphql', headers: {}, body: '{"query":"{ a }"}', remoteAddress: '127.0.0.1', ...overrides };
}

describe('HTTP handler', () => {
  const handler = createHttpHandler({
    graphqlPath: '/graphql',
    authenticate: async (req) => {
      if (req.headers['x-api-key'] !== 'good') throw new UnauthorizedError('You are not authorized to make this call.');
      return apiKeyAuth;
    },
    execute: async (body) => ({ body: { data: { echo: body.query } }, headers: {} }),
  });

  it('answers 401 in AppSync shape when auth fails', async () => {
    // Act
    const response = await handler(request({ headers: { 'x-api-key': 'bad' } }));
    // Assess
    expect(response.status).toBe(401);
    expect(response.headers['x-amzn-errortype']).toBe('UnauthorizedException');
    expect(response.body).toBe('{"errors":[{"errorType":"UnauthorizedException","message":"You are not authorized to make this call."}]}');
  });

  it.each([
    ['malformed JSON', 'not json', 400],
    ['a JSON array', '[1]', 400],
    ['a valid body', '{"query":"{ a }"}', 200],
  ])('answers %s with %i', async (_label, body, status) => {
    // Act
    const response = await handler(request({ headers: { 'x-api-key': 'good' }, body }));
    // Assess
    expect(response.status).toBe(status);
  });

  it('serves health and CORS preflight without auth', async () => {
    // Act
    const health = await handler(request({ method: 'GET', path: '/health', body: '' }));
    const preflight = await handler(request({ method: 'OPTIONS', body: '' }));
    // Assess
    expect(health.status).toBe(200);
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('x-api-key');
  });

  it.each([
    ['GET /page', 'GET', '/page', 200, 'page GET'],
    ['POST /page', 'POST', '/page', 200, 'page POST'],
    ['GET /unknown', 'GET', '/unknown', 404, undefined],
    ['DELETE /page', 'DELETE', '/page', 404, undefined],
  ])('routes %s to the matching extra page', async (_label, method, path, status, body) => {
    // Prepare
    const withPages = createHttpHandler({
      graphqlPath: '/graphql',
      authenticate: async () => apiKeyAuth,
      execute: async () => ({ body: { data: null }, headers: {} }),
      pages: {
        '/page': (req) => ({ status: 200, headers: {}, body: `page ${req.method}` }),
        'POST /page': (req) => ({ status: 200, headers: {}, body: `page ${req.method}` }),
      },
    });
    // Act
    const response = await withPages(request({ method, path, body: '' }));
    // Assess
    expect(response.status).toBe(status);
    if (body) expect(response.body).toBe(body);
  });

  it('answers health with 503 until the server says it is ready', async () => {
    // Prepare
    let ready = false;
    const gated = createHttpHandler({ graphqlPath: '/graphql', authenticate: async () => apiKeyAuth, execute: async () => ({ body: { data: null }, headers: {} }), isReady: () => ready });
    // Act
    const before = await gated(request({ method: 'GET', path: '/health', body: '' }));
    ready = true;
    const after = await gated(request({ method: 'GET', path: '/health', body: '' }));
    // Assess
    expect([before.status, after.status]).toEqual([503, 200]);
  });

  it('adds the resolvers’ response headers, never over the server’s own', async () => {
    // Prepare
    const withHeaders = createHttpHandler({
      graphqlPath: '/graphql',
      authenticate: async () => apiKeyAuth,
      execute: async () => ({ body: { data: null }, headers: { 'x-trace': 't1', 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': 'https://evil.example' } }),
    });
    // Act
    const response = await withHeaders(request({}));
    // Assess
    expect(response.headers).toEqual(expect.objectContaining({ 'x-trace': 't1', 'content-type': 'application/json; charset=UTF-8', 'access-control-allow-origin': '*' }));
    expect(Object.keys(response.headers).filter((name) => /^(content-type|access-control-allow-origin)$/i.test(name))).toEqual(['access-control-allow-origin', 'content-type']);
  });
});
