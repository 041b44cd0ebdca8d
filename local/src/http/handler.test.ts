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
    execute: async (body) => ({ data: { echo: body.query } }),
  });

  it('answers 401 in AppSync shape when auth fails', async () => {
    // Act
    const response = await handler(request({ headers: { 'x-api-key': 'bad' } }));
    // Assess
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] });
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
});
