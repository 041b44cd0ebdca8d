// Bundling: one esbuild pass turns every resolver entry into a single-file ESM bundle (AppSync's
// documented flags), in memory. Writing the files is write-bundles.ts's job.
import path from 'node:path';
import { build } from 'esbuild';
import type { BuildFailure, Message } from 'esbuild';
import { ManifestError } from './errors';
import type { ManifestProblem } from './errors';
import { BUNDLE_DIR, toRepoPath } from './paths';

/** AppSync quota: characters of `code` per resolver or function (an inline source map would count). */
export const MAX_CODE_CHARS = 32_768;

export interface BundleEntry {
  /** Repo-relative posix path (may climb out of the root, e.g. for a fixture tree). */
  sourceFile: string;
  /** Repo-relative posix path under dist/resolvers/, ending in .js. */
  bundleFile: string;
}

export interface Bundle {
  code: string;
  /**
   * Source map (JSON, without sources content). Kept beside the bundle rather than inlined: an
   * inline map doubles what AppSync stores and would put most resolvers over the 8 KB budget.
   */
  sourceMap: string;
  /** Names the bundle exports. */
  exports: string[];
  /** Specifiers left as imports (external), e.g. @aws-appsync/utils. */
  imports: string[];
}

/** `Query.getEvent.[table].ts` (relative to resolvers/) → `dist/resolvers/Query.getEvent.[table].js`. */
export function bundleFileFor(relativeToResolvers: string): string {
  return `${BUNDLE_DIR}/${relativeToResolvers.replace(/\.ts$/, '.js')}`;
}

function isBuildFailure(error: unknown): error is BuildFailure {
  return error instanceof Error && Array.isArray((error as Partial<BuildFailure>).errors);
}

function problemOf(message: Message): ManifestProblem {
  const where = message.location;
  if (!where) {
    return { file: 'esbuild', reason: message.text };
  }
  // esbuild counts columns from 0; editors and stack traces count from 1.
  return { file: where.file, reason: `line ${where.line}, column ${where.column + 1}: ${message.text}` };
}

/** Bundles all entries in one esbuild call (no code splitting, so each output stands alone). */
export async function bundle(
  root: string,
  entries: readonly BundleEntry[],
  options: { maxChars?: number } = {},
): Promise<Map<string, Bundle>> {
  const maxChars = options.maxChars ?? MAX_CODE_CHARS;
  const bundles = new Map<string, Bundle>();
  if (entries.length === 0) {
    return bundles;
  }
  let result;
  try {
    result = await build({
      // Paths in the metafile and in the bundles' comments and source maps are then repo-relative.
      absWorkingDir: root,
      entryPoints: entries.map((entry) => ({
        in: path.join(root, entry.sourceFile),
        out: path.posix.relative(BUNDLE_DIR, entry.bundleFile).replace(/\.js$/, ''),
      })),
      outdir: path.join(root, BUNDLE_DIR),
      write: false,
      metafile: true,
      logLevel: 'silent',
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'esnext',
      external: ['@aws-appsync/*'],
      sourcemap: 'external',
      sourcesContent: false,
      minify: false,
    });
  } catch (error) {
    if (isBuildFailure(error)) {
      throw new ManifestError(error.errors.map(problemOf));
    }
    throw error;
  }
  const problems: ManifestProblem[] = [];
  const maps = new Map(result.outputFiles.filter((output) => output.path.endsWith('.map')).map((output) => [output.path.replace(/\.map$/, ''), output.text]));
  for (const output of result.outputFiles) {
    if (output.path.endsWith('.map')) {
      continue;
    }
    const bundleFile = toRepoPath(root, output.path);
    const meta = result.metafile.outputs[bundleFile];
    const code = output.text;
    if (code.length > maxChars) {
      const source = meta.entryPoint ?? bundleFile;
      problems.push({
        file: source,
        reason: `bundle ${bundleFile} is ${code.length} characters; AppSync accepts at most ${maxChars}`,
      });
    }
    const imports = meta.imports.filter((item) => item.external).map((item) => item.path);
    bundles.set(bundleFile, { code, sourceMap: maps.get(output.path) ?? '', exports: meta.exports, imports: [...new Set(imports)] });
  }
  if (problems.length > 0) {
    throw new ManifestError(problems);
  }
  return bundles;
}
