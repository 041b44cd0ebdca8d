// Every resolver passes AppSync's own ESLint rules (recommended set): code AppSync would refuse to
// save fails the suite, not a deploy.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness/local-stack';

describe('resolver lint (@aws-appsync/eslint-plugin recommended)', () => {
  it('reports no problem in resolvers/', async () => {
    // Prepare
    const eslint = new ESLint({ cwd: repoRoot });
    // Act
    const results = await eslint.lintFiles(['resolvers']);
    const problems = results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    // Assess
    expect(results.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  }, 60_000);

  it('catches a construct APPSYNC_JS does not support', async () => {
    // Prepare
    const eslint = new ESLint({ cwd: repoRoot });
    const code = 'export function request() { let i = 0; while (i < 3) { i += 1; } return { payload: i }; }\nexport function response(ctx) { return ctx.result; }\n';
    // Act
    const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/resolvers/Query.getEvent.[table].ts` });
    // Assess
    expect(result.messages.map((message) => message.ruleId)).toContain('@aws-appsync/no-while');
  }, 60_000);
});
