// The whole repository type-checks through its project references (tsc -b), so a broken contract
// between folders fails the suite, not a later build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness/local-stack';

describe('typecheck', () => {
  it('tsc -b reports no error', () => {
    // Act
    const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-b', '--pretty', 'false'], { cwd: repoRoot, encoding: 'utf8' });
    // Assess
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
