// `npm run bench`: runs every bench/*.bench.ts module in turn and prints one table of what they
// measured (percentiles, rates, counts). It reports numbers only; targets live in the docs.
// Bench names as arguments (`npm run bench -- http announce`) run only those.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types';

const only = process.argv.slice(2);
// The SDK's Node 20 notice would interleave with the progress lines of every process the benches start.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 });
}

function table(rows: (BenchRow & { bench: string })[]): string {
  const header = ['bench', 'case', 'metric', 'value', 'unit'];
  const cells = rows.map((row) => [row.bench, row.case, row.metric, format(row.value), row.unit]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const line = (values: string[]) => values.map((value, column) => (column === 3 ? value.padStart(widths[column]) : value.padEnd(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}

const files = (await readdir(import.meta.dirname)).filter((file) => file.endsWith('.bench.ts')).sort();
const rows: (BenchRow & { bench: string })[] = [];
for (const file of files) {
  const { bench } = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { bench: BenchModule };
  if (only.length > 0 && !only.includes(bench.name)) continue;
  process.stderr.write(`running ${bench.name} (${file})…\n`);
  const started = performance.now();
  for (const row of await bench.run()) rows.push({ bench: bench.name, ...row });
  process.stderr.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
console.log(table(rows));
