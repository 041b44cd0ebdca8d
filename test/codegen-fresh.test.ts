// Generated types are committed; this fails when running codegen would change them.
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../codegen';
import { repoRoot } from './harness/local-stack';

describe('graphql-codegen output', () => {
  it('matches the committed generated files', async () => {
    // Prepare
    process.chdir(repoRoot);
    // Act
    const outputs = (await generate({ ...config, cwd: repoRoot, silent: true }, false)) as { filename: string; content: string }[];
    // Assess
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    for (const output of outputs) {
      const committed = readFileSync(join(repoRoot, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 60_000);
});
