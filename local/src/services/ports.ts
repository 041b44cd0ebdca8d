// Loopback port helpers: pick a free port for tests, and fail early with a readable message when a fixed one is taken.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const HOST = '127.0.0.1';

/**
 * Ports below the kernel's ephemeral range. A port from listen(0) comes from that range, which every outgoing
 * connection draws from too: between picking it and a stand-in binding it, a client socket of a parallel test
 * could take it (EADDRINUSE). Below the range only another picker can collide, and picks are random.
 */
function pickRange(): { low: number; high: number } {
  let ephemeralLow = 32768;
  try {
    ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || ephemeralLow;
  } catch {
    // Not Linux: the common default.
  }
  const high = ephemeralLow - 1;
  return { low: Math.max(1024, high - 12_000), high };
}

const handedOut = new Set<number>();

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

function kernelPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('Could not obtain a free port on 127.0.0.1'))));
    });
  });
}

export async function freePort(): Promise<number> {
  const { low, high } = pickRange();
  for (let attempt = 0; attempt < 50 && high > low; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (handedOut.has(port)) continue;
    // Claimed before the check, so concurrent callers in this process never get the same port.
    handedOut.add(port);
    if (await bindable(port)) return port;
    handedOut.delete(port);
  }
  return kernelPort();
}

export function assertPortFree(port: number, envVarName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${err.code ?? err.message})`;
      reject(new Error(`Port ${port} on ${HOST} ${why}; set ${envVarName} to another port.`));
    });
    server.listen(port, HOST, () => server.close(() => resolve()));
  });
}
