// Where the manifest's test fixtures live: a tiny app (schema/ + resolvers/) and, under broken/, one
// resolver tree per error case. Test-only.
import { fileURLToPath } from 'node:url';

export const FIXTURE_ROOT = fileURLToPath(new URL('./app', import.meta.url));

/** resolversDir (relative to FIXTURE_ROOT) of the broken tree for one error case. */
export function brokenTree(name: string): string {
  return `broken/${name}`;
}
