// Reads a LocalApiConfig from a file: `.json`, or a module (`.ts` under tsx, `.js`, `.mjs`) with a named
// export `config`. Relative paths in it resolve against the file's folder unless it sets `root`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalApiConfig } from './local-api-config';

export async function loadConfigFile(file: string): Promise<LocalApiConfig> {
  const absolute = path.resolve(file);
  const config = absolute.endsWith('.json')
    ? (JSON.parse(await readFile(absolute, 'utf8')) as LocalApiConfig)
    : ((await import(pathToFileURL(absolute).href)) as { config?: LocalApiConfig }).config;
  if (!config) {
    throw new Error(`${file} does not export \`config\` (export const config: LocalApiConfig = { … })`);
  }
  return { ...config, root: path.resolve(path.dirname(absolute), config.root ?? '.') };
}
