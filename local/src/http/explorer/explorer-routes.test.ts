// Tests for the explorer routes: the page embeds its config safely, and the token route signs in listed demo
// users for same-origin loopback callers only.
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../http-types';
import { createExplorerRoutes } from './explorer-routes';

const signedIn: string[] = [];
const routes = createExplorerRoutes({
  basePath: '/explorer',
  assets: { js: 'console.log(1)', css: 'body{}', version: 'abc123', reused: false },
  config: {
    title: 'Herald </script> explorer',
    graphqlPath: '/graphql',
    realtimePath: '/graphql/realtime',
    apiKey: 'da2-key',
    users: [{ username: 'organizer', groups: ['organizers'] }],
    defaultAuth: 'API_KEY',
    examples: [{ query: '{ a } # </script><script>alert(1)</script>' }],
  },
  signIn: async (username) => {
    signedIn.push(username);
    return { accessToken: `token-of-${username}`, expiresAt: '2030-01-01T00:00:00.000Z' };
  },
});

function tokenRequest(overrides: Partial<HttpRequest> = {}, headers: Record<string, string> = {}): HttpRequest {
  return {
    method: 'POST',
    path: '/explorer/token',
    headers: { host: '127.0.0.1:4000', 'content-type': 'application/json', origin: 'http://127.0.0.1:4000', ...headers },
    body: JSON.stringify({ username: 'organizer' }),
    remoteAddress: '127.0.0.1',
    ...overrides,
  };
}

describe('explorer routes', () => {
  it('serves the page with its config embedded so no string can close the script element', async () => {
    // Act
    const page = await routes['/explorer']!(tokenRequest({ method: 'GET', path: '/explorer' }));
    const embedded = /<script id="explorer-config" type="application\/json">(.*)<\/script>/.exec(page.body)?.[1] ?? '';

    // Assess
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<title>Herald &#60;/script&#62; explorer</title>');
    expect(page.body).toContain('src="/explorer/explorer.js?v=abc123"');
    expect(embedded).not.toContain('</script>');
    expect(JSON.parse(embedded)).toMatchObject({ tokenPath: '/explorer/token', examples: [{ query: '{ a } # </script><script>alert(1)</script>' }] });
  });

  it('serves the bundle with long-lived caching (its URL carries the content hash)', async () => {
    // Act
    const script = await routes['/explorer/explorer.js']!(tokenRequest({ method: 'GET', path: '/explorer/explorer.js' }));
    // Assess
    expect(script).toEqual({ status: 200, headers: { 'content-type': 'text/javascript; charset=UTF-8', 'cache-control': 'public, max-age=31536000, immutable' }, body: 'console.log(1)' });
  });

  it('signs a listed demo user in for a same-origin caller', async () => {
    // Act
    const response = await routes['POST /explorer/token']!(tokenRequest());
    // Assess
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ username: 'organizer', accessToken: 'token-of-organizer', expiresAt: '2030-01-01T00:00:00.000Z' });
  });

  it.each([
    ['another origin', tokenRequest({}, { origin: 'http://evil.example' }), 403],
    ['an opaque origin', tokenRequest({}, { origin: 'null' }), 403],
    ['a non-loopback client', tokenRequest({ remoteAddress: '10.0.0.7' }), 403],
    ['a form post', tokenRequest({}, { 'content-type': 'application/x-www-form-urlencoded' }), 403],
    ['an unknown user', tokenRequest({ body: '{"username":"root"}' }), 404],
    ['a body that is not JSON', tokenRequest({ body: 'username=organizer' }), 400],
  ])('refuses %s', async (_label, request, status) => {
    // Prepare
    signedIn.length = 0;
    // Act
    const response = await routes['POST /explorer/token']!(request);
    // Assess
    expect(response.status).toBe(status);
    expect(signedIn).toEqual([]);
  });
});
