// Builds the client the way CI and deployment do (vite build with client/vite.config.ts) into a temp
// directory, with an outputs fixture, and checks the bundle and the config.json copied beside it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
const workDir = mkdtempSync(path.join(tmpdir(), 'herald-client-build-'));
const BUILD_TIMEOUT_MS = 60_000;

function viteBuild(outDir: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [viteBin, 'build', '--config', 'client/vite.config.ts', '--outDir', outDir, '--emptyOutDir'],
      { cwd: repoDir, env: { ...process.env, ...env }, timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr });
      },
    );
  });
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('vite build', () => {
  it(
    'produces index.html, hashed assets and a config.json from the outputs file',
    async () => {
      // Prepare
      const outputsPath = path.join(workDir, 'outputs.json');
      writeFileSync(
        outputsPath,
        JSON.stringify({
          graphqlUrl: 'http://127.0.0.1:4000/graphql',
          realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
          apiKey: 'da2-fixture',
          region: 'us-east-1',
          userPoolId: 'local_fixture',
          userPoolClientId: 'fixture-client',
          cognitoEndpoint: 'http://127.0.0.1:9229',
          bucket: 'not-for-browsers',
          demoUsers: [{ username: 'org', password: 'pw', groups: ['organizers'] }],
        }),
      );
      const outDir = path.join(workDir, 'dist');
      // Act
      const { code, output } = await viteBuild(outDir, { HERALD_OUTPUTS: outputsPath });
      // Assess
      expect(code, output).toBe(0);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toMatch(/<script type="module"[^>]+assets\/index-/);
      expect(readdirSync(path.join(outDir, 'assets')).some((file) => file.endsWith('.js'))).toBe(true);
      const config = JSON.parse(readFileSync(path.join(outDir, 'config.json'), 'utf8'));
      expect(config).toMatchObject({ graphqlUrl: 'http://127.0.0.1:4000/graphql', apiKey: 'da2-fixture' });
      expect(config).not.toHaveProperty('bucket');
    },
    BUILD_TIMEOUT_MS + 5_000,
  );
});
