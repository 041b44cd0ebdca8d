// Serves an HttpHandler on a node:http server: collects the body (bounded), writes the response.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { HttpHandler } from './http-types';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function createNodeServer(handler: HttpHandler, log: (line: string) => void = () => {}): Server {
  return createServer(async (request, response) => {
    const started = performance.now();
    try {
      const body = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://localhost');
      const result =
        body === null
          ? { status: 413, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errors: [{ errorType: 'PayloadTooLarge', message: 'Request body exceeds 5 MB.' }] }) }
          : await handler({ method: request.method ?? 'GET', path: url.pathname, query: url.search.slice(1), headers: request.headers as Record<string, string>, body, remoteAddress: request.socket.remoteAddress ?? '127.0.0.1' });
      response.writeHead(result.status, { ...result.headers, 'content-length': Buffer.byteLength(result.body) });
      response.end(result.body);
      log(`${request.method} ${url.pathname} ${result.status} ${(performance.now() - started).toFixed(1)}ms`);
    } catch (error) {
      log(`${request.method} ${request.url} 500 ${(error as Error).stack ?? error}`);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' });
      }
      response.end(JSON.stringify({ errors: [{ errorType: 'InternalFailure', message: 'Internal server error' }] }));
    }
  });
}
