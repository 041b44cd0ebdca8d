// Serves the web client for an e2e run: Vite (dev server, as `npm start` runs it) on a free loopback port,
// configured from the test stack's outputs.json through HERALD_OUTPUTS.
import { join } from 'node:path';
import { startChild, type ChildHandle } from '../../../local/src/services/child-process';
import { freePort } from '../../../local/src/services/ports';
import { repoRoot } from '../../harness/local-stack';

export interface AppServer {
  url: string;
  child: ChildHandle;
  stop(): Promise<void>;
}

export async function startAppServer(outputsFile: string, readyTimeoutMs = 60_000): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = await startChild({
    name: 'Web app (Vite, e2e)',
    command: process.execPath,
    args: [join(repoRoot, 'node_modules/vite/bin/vite.js'), '--config', join(repoRoot, 'client/vite.config.ts')],
    cwd: repoRoot,
    env: { HERALD_OUTPUTS: outputsFile, HERALD_APP_PORT: String(port) },
    // config.json answering 200 means Vite is up and reads this stack's outputs.
    ready: async () => (await fetch(`${url}config.json`, { signal: AbortSignal.timeout(2_000) }).catch(() => null))?.ok === true,
    readyTimeoutMs,
  });
  return { url, child, stop: child.stop };
}
