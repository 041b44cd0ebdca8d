// `npm test`: runs every suite through vitest (unit, lint, codegen freshness, CDK, integration) and
// ends with the one plain line CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

const root = resolve(import.meta.dirname, '..');
const reportDir = join(root, 'test-results');
mkdirSync(reportDir, { recursive: true });
const reportFile = join(reportDir, 'vitest.json');

const vitest = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJson;
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // A file that fails to load has no failed test of its own; count it so it cannot hide.
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')) {
      console.error(`Suite failed to run: ${file.name}\n${file.message ?? ''}`);
      failed += 1;
    }
  }
} catch {
  failed += 1;
  console.error('vitest produced no report');
}
if (vitest.status !== 0 && failed === 0) {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
