// Serves an HttpHandler on a node:http server: collects the body (bounded), writes the response.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { DEFAULT_MAX_REQUEST_BYTES } from '../graphql/request-limits';
import type { HttpHandler } from './http-types';

export interface NodeServerOptions {
  /** Larger bodies get 413 without reaching the handler (default DEFAULT_MAX_REQUEST_BYTES). */
  maxBodyBytes?: number;
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(size > maxBytes ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function describeBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes.toLocaleString('en-US')} bytes`;
}

export function createNodeServer(handler: HttpHandler, log: (line: string) => void = () => {}, options: NodeServerOptions = {}): Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const tooLarge = JSON.stringify({ errors: [{ errorType: 'PayloadTooLarge', message: `Request body exceeds ${describeBytes(maxBodyBytes)}.` }] });
  return createServer(async (request, response) => {
    const started = performance.now();
    try {
      const body = await readBody(request, maxBodyBytes);
      const url = new URL(request.url ?? '/', 'http://localhost');
      const result =
        body === null
          ? { status: 413, headers: { 'content-type': 'application/json' }, body: tooLarge }
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
