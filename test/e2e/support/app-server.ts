// Serves the web client for an e2e run the way the CDK stack deploys it: one `vite build` (client/vite.config.ts,
// config.json from the test stack's outputs through HERALD_OUTPUTS) served statically from a free loopback port
// with the distribution's index.html fallback, caching and security headers, the content security policy included.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../cdk/lib/constructs/web-hosting';
import { repoRoot } from '../../harness/local-stack';
import { startStaticSite } from './static-site';

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The deployed policy with the AWS endpoints it allows (API, realtime, Cognito, S3 under amazonaws.com, images
 * under cloudfront.net) swapped for the local stand-ins on loopback, which speak plain http/ws.
 */
// DIVERGENCE: no upgrade-insecure-requests, which would turn the stand-ins' http:// into https://.
export function localContentSecurityPolicy(deployed: string): string {
  return deployed
    .split('; ')
    .filter((directive) => directive !== 'upgrade-insecure-requests')
    .map((directive) =>
      directive
        .replace(/https:\/\/\*\.(?:cloudfront\.net|amazonaws\.com)/g, 'http://127.0.0.1:*')
        .replace('wss://*.amazonaws.com', 'ws://127.0.0.1:*'),
    )
    .join('; ');
}

/** web-hosting.ts's response headers policy, less HSTS (ignored over http). */
function deployedHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': localContentSecurityPolicy(CONTENT_SECURITY_POLICY),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

function viteBuild(outDir: string, outputsFile: string, timeoutMs: number): Promise<void> {
  const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--config', 'client/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: repoRoot, env: { ...process.env, HERALD_OUTPUTS: outputsFile }, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => (error ? reject(new Error(`vite build failed: ${error.message}\n${stdout}${stderr}`)) : resolve()),
    );
  });
}

export async function startAppServer(outputsFile: string, buildTimeoutMs = 60_000): Promise<AppServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'herald-e2e-app-'));
  try {
    await viteBuild(outDir, outputsFile, buildTimeoutMs);
    // The plugin only warns when it cannot read the outputs; here that would be a broken run, not a deployment detail.
    if (!existsSync(join(outDir, 'config.json'))) throw new Error(`vite build wrote no config.json from ${outputsFile}`);
    const site = await startStaticSite(outDir, deployedHeaders());
    return {
      url: site.url,
      async stop() {
        await site.stop();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
