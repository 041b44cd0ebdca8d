// The explorer's routes on the local server: the page (config embedded as JSON), its bundled JS and CSS,
// and a local-only token route that signs a listed demo user in, so nobody pastes tokens by hand.
import type { HttpPage } from '../handler';
import type { HttpRequest, HttpResponse } from '../http-types';
import type { ExplorerAssets } from './explorer-bundle';
import type { ExplorerConfig, ExplorerTokenResponse } from './explorer-config';

export interface ExplorerRoutesOptions {
  /** Where the page lives, e.g. `/explorer`; assets and the token route sit under it. */
  basePath: string;
  assets: ExplorerAssets;
  config: Omit<ExplorerConfig, 'tokenPath'>;
  /** Signs a demo user in; only users listed in `config.users` are ever asked for. */
  signIn(username: string): Promise<{ accessToken: string; expiresAt: string }>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function json(status: number, body: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

function page(config: ExplorerConfig, basePath: string, version: string): string {
  // `<` escaped so no string in the config can close the script element.
  const embedded = JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(config.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${basePath}/explorer.css?v=${version}">
<style>
  html, body, #root { height: 100%; margin: 0; }
  .explorer { display: flex; flex-direction: column; height: 100%; }
  .explorer-graphiql { flex: 1; min-height: 0; }
  .explorer-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.5rem 1rem;
    font: 14px system-ui, sans-serif; border-bottom: 1px solid #d0d4dc; background: #f6f7f9; color: #1b1f24; }
  body.graphiql-dark .explorer-bar { background: #141a23; color: #e6e9ee; border-color: #2a3140; }
  .explorer-bar code { font-size: 13px; opacity: 0.8; }
  .explorer-status { flex: 1; min-width: 16rem; opacity: 0.85; }
  .explorer-bar select, .explorer-bar button { font: inherit; padding: 0.15rem 0.5rem; }
</style>
</head>
<body>
<div id="root"></div>
<noscript>The explorer needs JavaScript.</noscript>
<script id="explorer-config" type="application/json">${embedded}</script>
<script type="module" src="${basePath}/explorer.js?v=${version}"></script>
</body>
</html>
`;
}

/** Same-origin only: a web page elsewhere in the developer's browser must not mint tokens for itself. */
function refusal(request: HttpRequest): string | null {
  if (!LOOPBACK.has(request.remoteAddress)) return 'The token route answers loopback clients only.';
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return 'Send a JSON body.';
  const origin = request.headers.origin;
  if (origin === undefined) return null;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    // `null` (sandboxed frames, file://) and garbage count as foreign.
  }
  return host === request.headers.host ? null : `Cross-origin requests (${origin}) are refused.`;
}

export function createExplorerRoutes(options: ExplorerRoutesOptions): Record<string, HttpPage> {
  const { basePath, assets } = options;
  const tokenPath = `${basePath}/token`;
  const html = page({ ...options.config, tokenPath }, basePath, assets.version);
  const allowed = new Set(options.config.users.map((user) => user.username));
  const asset = (type: string, body: string): HttpPage => () => ({
    status: 200,
    // The URLs carry the content hash, so a browser may keep them until the next build changes it.
    headers: { 'content-type': `${type}; charset=UTF-8`, 'cache-control': 'public, max-age=31536000, immutable' },
    body,
  });
  const htmlPage: HttpPage = () => ({ status: 200, headers: { 'content-type': 'text/html; charset=UTF-8', 'cache-control': 'no-store' }, body: html });

  return {
    [basePath]: htmlPage,
    [`${basePath}/`]: htmlPage,
    [`${basePath}/explorer.js`]: asset('text/javascript', assets.js),
    [`${basePath}/explorer.css`]: asset('text/css', assets.css),
    [`POST ${tokenPath}`]: async (request) => {
      const refused = refusal(request);
      if (refused) return json(403, { error: refused });
      let username: unknown;
      try {
        username = (JSON.parse(request.body) as { username?: unknown }).username;
      } catch {
        return json(400, { error: 'The body must be JSON: {"username": "…"}.' });
      }
      if (typeof username !== 'string' || !allowed.has(username)) {
        return json(404, { error: `No demo user ${JSON.stringify(username)}; known: ${[...allowed].join(', ')}.` });
      }
      try {
        const { accessToken, expiresAt } = await options.signIn(username);
        const body: ExplorerTokenResponse = { username, accessToken, expiresAt };
        return json(200, body);
      } catch (error) {
        return json(502, { error: `Signing ${username} in failed: ${(error as Error).message}` });
      }
    },
  };
}
