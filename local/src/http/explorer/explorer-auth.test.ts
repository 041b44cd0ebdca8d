// Tests for the explorer's auth choice: API key, no auth, or a demo user's token fetched from the server.
import { describe, expect, it } from 'vitest';
import { API_KEY, createExplorerAuth, NO_AUTH } from './explorer-auth';

function tokenServer(now: () => number) {
  const asked: string[] = [];
  const fetchFn = (async (_url: string, init: RequestInit) => {
    const { username } = JSON.parse(String(init.body)) as { username: string };
    asked.push(username);
    if (username === 'ghost') return new Response(JSON.stringify({ error: 'No demo user "ghost"' }), { status: 404 });
    return new Response(JSON.stringify({ username, accessToken: `token-${asked.length}`, expiresAt: new Date(now() + 3_600_000).toISOString() }));
  }) as typeof fetch;
  return { asked, fetchFn };
}

describe('createExplorerAuth', () => {
  it.each([
    [API_KEY, { 'x-api-key': 'da2-key' }],
    [NO_AUTH, {}],
  ])('sends %s without signing anyone in', async (choice, headers) => {
    // Prepare
    const server = tokenServer(Date.now);
    const auth = createExplorerAuth({ apiKey: 'da2-key', tokenUrl: '/explorer/token', fetchFn: server.fetchFn }, choice);
    // Act
    const sent = await auth.headers();
    // Assess
    expect(sent).toEqual(headers);
    expect(server.asked).toEqual([]);
  });

  it('signs a demo user in once and reuses the token until a minute before it expires', async () => {
    // Prepare
    let clock = Date.parse('2030-01-01T10:00:00Z');
    const server = tokenServer(() => clock);
    const auth = createExplorerAuth({ apiKey: null, tokenUrl: '/explorer/token', fetchFn: server.fetchFn, now: () => clock }, 'organizer');

    // Act
    const first = await auth.headers();
    const again = await auth.headers();
    clock += 3_600_000 - 30_000;
    const renewed = await auth.headers();

    // Assess
    expect([first, again, renewed]).toEqual([{ authorization: 'token-1' }, { authorization: 'token-1' }, { authorization: 'token-2' }]);
  });

  it('reports why a sign-in failed', async () => {
    // Prepare
    const auth = createExplorerAuth({ apiKey: null, tokenUrl: '/explorer/token', fetchFn: tokenServer(Date.now).fetchFn }, 'ghost');
    // Act
    const failure = auth.headers();
    // Assess
    await expect(failure).rejects.toThrow('Could not sign in as ghost: No demo user "ghost"');
  });
});
