// Reads a bundle's source map (given beside the bundle, as manifest/ keeps it, or inlined by esbuild's
// documented flags; never with sourcesContent) and maps a bundle position back to the TypeScript
// source, for the server log only: the GraphQL error keeps AppSync's `code.js:L:C` form.
import { SourceMap } from 'node:module';
import { posix } from 'node:path';
import type { LineColumn } from './source-position';

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/;

/** `resolvers/Query.getEvent.[table].ts:12:5`, or null without a usable map. */
export type SourceLocator = (position: LineColumn) => string | null;

/** `bundleFile` (repo-relative) anchors the map's relative `sources`. */
export function sourceLocatorFor(code: string, bundleFile: string, sourceMap?: string): SourceLocator {
  const match = INLINE_MAP.exec(code);
  const json = sourceMap ?? (match ? Buffer.from(match[1], 'base64').toString('utf8') : null);
  if (!json) return () => null;
  let map: SourceMap;
  try {
    map = new SourceMap(JSON.parse(json));
  } catch {
    return () => null;
  }
  const base = posix.dirname(bundleFile.split('\\').join('/'));
  return ({ line, column }) => {
    const entry = map.findEntry(line - 1, column - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (entry.originalSource === undefined || entry.originalLine === undefined) return null;
    const source = entry.originalSource.replace(/^file:\/\//, '');
    const file = posix.isAbsolute(source) ? source : posix.normalize(posix.join(base, source));
    return `${file}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  };
}
