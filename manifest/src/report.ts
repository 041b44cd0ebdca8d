// The build:resolvers report: one line per resolver and pipeline function with its data source and
// bundle size (direct Lambda resolvers: none), then the largest bundle against AppSync's limit. Pure
// text; the CLI prints it.
import { MAX_CODE_CHARS } from './bundle';
import type { CodeUnit, Manifest } from './types';

const count = (n: number): string => n.toLocaleString('en-US');

export function formatReport(manifest: Manifest, elapsedMs: number): string {
  const rows: [string, string, string, CodeUnit | null][] = [];
  for (const resolver of manifest.resolvers) {
    const field = `${resolver.typeName}.${resolver.fieldName}`;
    if (resolver.kind === 'UNIT') {
      rows.push([field, 'unit', resolver.dataSource, resolver.code]);
      continue;
    }
    rows.push([field, 'pipeline', '-', resolver.code]);
    for (const fn of resolver.functions) {
      rows.push([`  ${fn.order}. ${fn.step}`, 'function', fn.dataSource, fn.code]);
    }
  }
  for (const direct of manifest.directLambdaResolvers) {
    rows.push([`${direct.typeName}.${direct.fieldName}`, 'direct', direct.dataSource, null]);
  }
  const units = rows.flatMap((row) => (row[3] ? [row[3]] : []));
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] as string).length), 0));
  const sizeWidth = Math.max(...units.map((unit) => count(unit.code.length).length), 0);
  const lines = rows.map(([field, kind, dataSource, unit]) =>
    [
      field.padEnd(widths[0]),
      kind.padEnd(widths[1]),
      dataSource.padEnd(widths[2]),
      unit ? `${count(unit.code.length).padStart(sizeWidth)} chars  ${unit.bundleFile}` : `${'-'.padStart(sizeWidth)}        no code`,
    ].join('  '),
  );
  const resolverCount = manifest.resolvers.length + manifest.directLambdaResolvers.length;
  const header = `${resolverCount} resolvers, ${units.length} code units bundled in ${Math.round(elapsedMs)} ms`;
  if (units.length === 0) {
    return `${[header, ...lines].join('\n')}\n`;
  }
  const largest = units.reduce((a, b) => (b.code.length > a.code.length ? b : a));
  const share = Math.round((largest.code.length / MAX_CODE_CHARS) * 100);
  const footer = `largest bundle: ${largest.bundleFile} (${count(largest.code.length)} of ${count(MAX_CODE_CHARS)} chars, ${share}%)`;
  return `${[header, ...lines, footer].join('\n')}\n`;
}
