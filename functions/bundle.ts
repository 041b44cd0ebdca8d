// Bundles every Lambda (functions/<name>/handler.ts) with esbuild the way it is deployed — one minified ESM file
// per function, Node 20, AWS SDK included — and reports sizes. cdk/ uses the written files; bench/ the sizes.
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export type FunctionBundle = { name: string; entry: string; bytes: number; gzipBytes: number; outfile?: string; code: string };

const FUNCTIONS_DIR = dirname(fileURLToPath(import.meta.url));

/** Size targets from performance.md §3 (bytes, minified); mail-feedback needs the DynamoDB client alone (~360 KB). */
export const BUNDLE_BUDGETS: Readonly<Record<string, number>> = { 'upload-url': 500 * 1024, announce: 1024 * 1024, 'mail-feedback': 400 * 1024 };

export async function functionNames(dir = FUNCTIONS_DIR): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'lib' || entry.name.startsWith('_')) continue;
    if (await stat(join(dir, entry.name, 'handler.ts')).then(() => true, () => false)) names.push(entry.name);
  }
  return names.sort();
}

/** With `outdir`, writes <outdir>/<name>/index.mjs (Lambda handler `index.handler`). */
export async function bundleFunctions(opts: { outdir?: string; names?: string[] } = {}): Promise<FunctionBundle[]> {
  const names = opts.names ?? (await functionNames());
  return Promise.all(
    names.map(async (name) => {
      const entry = join(FUNCTIONS_DIR, name, 'handler.ts');
      const outfile = opts.outdir ? resolve(opts.outdir, name, 'index.mjs') : undefined;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        // Prefer the SDK's ES module builds: they tree-shake far better than dist-cjs.
        mainFields: ['module', 'main'],
        // Bundled CommonJS dependencies still call require() for Node built-ins.
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
        legalComments: 'none',
        write: false,
        outfile: outfile ?? join(FUNCTIONS_DIR, name, 'index.mjs'),
        logLevel: 'silent',
      });
      const file = result.outputFiles[0];
      if (outfile) {
        const { mkdir, writeFile } = await import('node:fs/promises');
        await mkdir(dirname(outfile), { recursive: true });
        await writeFile(outfile, file.contents);
      }
      return { name, entry: relative(process.cwd(), entry), bytes: file.contents.byteLength, gzipBytes: gzipSync(file.contents).byteLength, outfile, code: file.text };
    }),
  );
}

export function formatBundleTable(bundles: FunctionBundle[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = bundles.map((b) => {
    const budget = BUNDLE_BUDGETS[b.name];
    const verdict = budget === undefined ? '' : b.bytes <= budget ? `ok (≤ ${kb(budget)})` : `OVER (> ${kb(budget)})`;
    return `${b.name.padEnd(22)} ${kb(b.bytes).padStart(10)} ${kb(b.gzipBytes).padStart(10)}  ${verdict}`;
  });
  return [`${'function'.padEnd(22)} ${'minified'.padStart(10)} ${'gzip'.padStart(10)}  budget`, ...rows].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.argv.includes('--write') ? resolve(FUNCTIONS_DIR, '../dist/functions') : undefined;
  console.log(formatBundleTable(await bundleFunctions({ outdir })));
}
