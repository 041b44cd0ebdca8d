// Bundles the explorer page (React 19 + GraphiQL 4 + its CSS) with esbuild at server start into outDir, and
// keeps the result in memory for serving; requests never trigger a build. A start whose inputs (every file
// the last bundle read, by size and mtime) are unchanged reuses outDir's bundle instead of rebuilding.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface ExplorerAssets {
  js: string;
  css: string;
  /** Content hash, put in the asset URLs so browsers may cache them for good. */
  version: string;
  /** True when the previous start's bundle was still current. */
  reused: boolean;
}

interface InputsRecord {
  inputs: string[];
  stamp: string;
}

const ENTRY = fileURLToPath(new URL('./explorer-app.ts', import.meta.url));
const WORKING_DIR = dirname(ENTRY);

async function stampOf(inputs: string[]): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for (const file of inputs) {
      const { size, mtimeMs } = await stat(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  } catch {
    return null;
  }
  return hash.digest('hex');
}

async function reuse(outDir: string): Promise<{ js: string; css: string } | null> {
  try {
    const record = JSON.parse(await readFile(join(outDir, 'inputs.json'), 'utf8')) as InputsRecord;
    if ((await stampOf(record.inputs)) !== record.stamp) return null;
    const [js, css] = await Promise.all([readFile(join(outDir, 'explorer.js'), 'utf8'), readFile(join(outDir, 'explorer.css'), 'utf8')]);
    return { js, css };
  } catch {
    return null;
  }
}

async function bundle(outDir: string): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: { explorer: ENTRY },
    absWorkingDir: WORKING_DIR,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: outDir,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = (extension: string): string => {
    const file = result.outputFiles.find((candidate) => candidate.path.endsWith(extension));
    if (!file) throw new Error(`The explorer bundle has no ${extension} output`);
    return file.text;
  };
  const assets = { js: output('.js'), css: output('.css') };
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(WORKING_DIR, input));
  const record: InputsRecord = { inputs, stamp: (await stampOf(inputs)) ?? '' };
  await mkdir(outDir, { recursive: true });
  await Promise.all([writeFile(join(outDir, 'explorer.js'), assets.js), writeFile(join(outDir, 'explorer.css'), assets.css)]);
  // Last, so an interrupted write leaves no record that would vouch for a half-written bundle.
  await writeFile(join(outDir, 'inputs.json'), JSON.stringify(record));
  return assets;
}

export async function buildExplorerAssets(outDir: string): Promise<ExplorerAssets> {
  const cached = await reuse(outDir);
  const assets = cached ?? (await bundle(outDir));
  const version = createHash('sha256').update(assets.js).update(assets.css).digest('hex').slice(0, 12);
  return { ...assets, version, reused: cached !== null };
}
