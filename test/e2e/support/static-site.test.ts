// The e2e static server answers as the web distribution does: files as they are, every other path index.html.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticSite, type StaticSite } from './static-site';

let dir: string;
let site: StaticSite;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'herald-static-site-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dir, 'config.json'), '{"graphqlUrl":"x"}');
  await writeFile(join(dir, 'assets', 'index-abc.js'), 'export {};');
  site = await startStaticSite(dir, { 'X-Frame-Options': 'DENY' });
});

afterAll(async () => {
  await site?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('startStaticSite', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache', '<!doctype html><title>app</title>'],
    ['/config.json', 'application/json; charset=utf-8', 'no-cache', '{"graphqlUrl":"x"}'],
    ['/assets/index-abc.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable', 'export {};'],
    ['/events/e%201', 'text/html; charset=utf-8', 'no-cache', '<!doctype html><title>app</title>'],
    ['/assets/gone-123.js', 'text/html; charset=utf-8', 'no-cache', '<!doctype html><title>app</title>'],
    ['/..%2F..%2F..%2F..%2Fetc%2Fpasswd', 'text/html; charset=utf-8', 'no-cache', '<!doctype html><title>app</title>'],
    ['/%E0%A4%A', 'text/html; charset=utf-8', 'no-cache', '<!doctype html><title>app</title>'],
  ])('GET %s answers 200 %s, Cache-Control %s', async (path, type, cache, body) => {
    // Prepare
    const url = new URL(path, site.url);
    // Act
    const response = await fetch(url);
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toBe(body);
  });

  it('refuses methods other than GET and HEAD', async () => {
    // Prepare
    const url = new URL('/', site.url);
    // Act
    const response = await fetch(url, { method: 'POST', body: 'x' });
    // Assess
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
