// The bench's peer, @aws-amplify/amplify-appsync-simulator: installs bench/peer on first use (its own lockfile,
// graphql 15 kept out of the root install) and runs it in a child process of its own over a given table.
import { execFile, fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { freePort } from '../local/src/services/ports';

const PEER_DIR = fileURLToPath(new URL('./peer', import.meta.url));
const PACKAGE = '@aws-amplify/amplify-appsync-simulator';
const API_KEY = 'bench-peer-key';
const INSTALL_TIMEOUT_MS = 300_000;

export interface PeerSimulator {
  graphqlUrl: string;
  headers: Record<string, string>;
  stop(): Promise<void>;
}

function versionIn(packageJson: string, read: (json: { version?: string; dependencies?: Record<string, string> }) => string | undefined): string | undefined {
  try {
    return read(JSON.parse(readFileSync(packageJson, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Installs bench/peer when it is missing or holds another version than the one pinned there. */
async function ensureInstalled(): Promise<void> {
  const pinned = versionIn(`${PEER_DIR}/package.json`, (json) => json.dependencies?.[PACKAGE]);
  const installed = versionIn(`${PEER_DIR}/node_modules/${PACKAGE}/package.json`, (json) => json.version);
  if (installed !== undefined && installed === pinned) return;
  process.stderr.write(`  installing the peer (${PACKAGE}, ~370 packages) with npm ci --prefix bench/peer…\n`);
  await promisify(execFile)('npm', ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], { timeout: INSTALL_TIMEOUT_MS });
}

export async function startPeerSimulator(dynamodbEndpoint: string, tableName: string): Promise<PeerSimulator> {
  await ensureInstalled();
  const port = await freePort();
  // Plain node (no tsx hooks inherited) in bench/peer, so the simulator resolves only its own graphql 15.
  const child = fork(`${PEER_DIR}/simulator-server.mjs`, {
    cwd: PEER_DIR,
    execArgv: [],
    env: { ...process.env, PEER_PORT: String(port), PEER_API_KEY: API_KEY, DYNAMODB_ENDPOINT: dynamodbEndpoint, TABLE_NAME: tableName },
    // It logs every data-source error to stdout; the bench's sample request surfaces failures instead.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const ready = await Promise.race([once(child, 'message'), exited.then(([code]) => Promise.reject(new Error(`the peer simulator exited with ${code} before it was ready`)))]);
  const { graphqlUrl } = ready[0] as { graphqlUrl: string };
  return {
    graphqlUrl,
    headers: { 'x-api-key': API_KEY },
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
