// Writes bundles under dist/resolvers/. Other processes (the local server, tests) may read these files
// while we build, so each file is replaced atomically and left alone when its content is unchanged.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeBundles(
  root: string,
  units: readonly { bundleFile: string; code: string; sourceMap?: string }[],
): Promise<void> {
  const files = units.flatMap(({ bundleFile, code, sourceMap }) => [
    { bundleFile, code },
    ...(sourceMap ? [{ bundleFile: `${bundleFile}.map`, code: sourceMap }] : []),
  ]);
  await Promise.all(
    files.map(async ({ bundleFile, code }) => {
      const target = path.join(root, bundleFile);
      const current = await readFile(target, 'utf8').catch(() => null);
      if (current === code) {
        return;
      }
      await mkdir(path.dirname(target), { recursive: true });
      // Unique per call: two builds in one process may replace the same file at the same time.
      const temporary = `${target}.${randomUUID()}.tmp`;
      await writeFile(temporary, code);
      await rename(temporary, target);
    }),
  );
}
