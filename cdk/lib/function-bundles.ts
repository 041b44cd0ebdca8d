// The Lambda bundles a synth deploys: functions/bundle.ts (the locally installed esbuild, never Docker) writes
// <outdir>/<name>/index.mjs for every handler that exists. Knows which functions exist, not how they are deployed.
import { join, resolve } from 'node:path';
import { bundleFunctions, functionNames } from '../../functions/bundle';

export interface FunctionBundles {
  /** Directory holding the function's index.mjs (handler `index.handler`), by function name. */
  dirs: Readonly<Record<string, string>>;
}

/** Bundles functions/<name>/handler.ts of each name that has one (all of them by default). */
export async function bundleLambdas(outdir: string, names?: readonly string[]): Promise<FunctionBundles> {
  const present = new Set(await functionNames());
  const wanted = (names ?? [...present]).filter((name) => present.has(name));
  const bundles = await bundleFunctions({ outdir, names: wanted });
  return { dirs: Object.fromEntries(bundles.map((bundle) => [bundle.name, join(resolve(outdir), bundle.name)])) };
}
