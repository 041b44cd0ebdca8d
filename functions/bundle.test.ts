// Tests for the deployable bundles: every function bundles, stays within its size budget, and the bundle
// itself loads as an ES module and exports `handler` (catches ESM/CommonJS mistakes before a deploy does).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, bundleFunctions, formatBundleTable, functionNames } from './bundle';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('bundleFunctions', () => {
  it('bundles every function within budget into a loadable index.mjs', async () => {
    // Prepare
    const outdir = await mkdtemp(join(tmpdir(), 'herald-fn-bundles-'));
    dirs.push(outdir);

    // Act
    const bundles = await bundleFunctions({ outdir });
    const modules = await Promise.all(bundles.map((b) => import(pathToFileURL(b.outfile as string).href) as Promise<{ handler?: unknown }>));

    // Assess
    console.info(`\n${formatBundleTable(bundles)}`);
    expect(bundles.map((b) => b.name)).toEqual(await functionNames());
    expect(bundles.map((b) => b.name)).toEqual(['announce', 'calendar-feed', 'image-check', 'mail-feedback', 'mailer', 'unsubscribe-endpoint', 'upload-url']);
    for (const bundle of bundles) expect(bundle.bytes).toBeLessThanOrEqual(BUNDLE_BUDGETS[bundle.name] ?? 1024 * 1024);
    expect(modules.every((m) => typeof m.handler === 'function')).toBe(true);
  });
});
