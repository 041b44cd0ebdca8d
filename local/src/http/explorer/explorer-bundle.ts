// Bundles the explorer page (React 19 + GraphiQL 4 + its CSS) with esbuild once per server start into
// outDir, and keeps the result in memory for serving; requests never trigger a build.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface ExplorerAssets {
  js: string;
  css: string;
  /** Content hash, put in the asset URLs so browsers may cache them for good. */
  version: string;
}

const ENTRY = fileURLToPath(new URL('./explorer-app.ts', import.meta.url));

export async function buildExplorerAssets(outDir: string): Promise<ExplorerAssets> {
  const result = await build({
    entryPoints: { explorer: ENTRY },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: outDir,
    write: false,
    logLevel: 'silent',
  });
  const output = (extension: string): string => {
    const file = result.outputFiles.find((candidate) => candidate.path.endsWith(extension));
    if (!file) throw new Error(`The explorer bundle has no ${extension} output`);
    return file.text;
  };
  const assets = { js: output('.js'), css: output('.css') };
  await mkdir(outDir, { recursive: true });
  await Promise.all([writeFile(join(outDir, 'explorer.js'), assets.js), writeFile(join(outDir, 'explorer.css'), assets.css)]);
  const version = createHash('sha256').update(assets.js).update(assets.css).digest('hex').slice(0, 12);
  return { ...assets, version };
}
