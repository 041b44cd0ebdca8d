// Where things live: the repo root, the bundle folder, and repo-relative posix paths for messages and
// specs (stable across machines, unlike absolute paths).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bundles go here, mirroring the layout of resolvers/. Never next to the sources. */
export const BUNDLE_DIR = 'dist/resolvers';

/** manifest/src/ is two levels below the repo root. */
export function defaultRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function toRepoPath(root: string, absolutePath: string): string {
  return path.relative(root, absolutePath).split(path.sep).join('/');
}
