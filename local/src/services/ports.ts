// Loopback port helpers: pick a free port for tests, and fail early with a readable message when a fixed one is taken.
import { createServer } from 'node:net';

const HOST = '127.0.0.1';

export function freePort(): Promise<number> {
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
