// DynamoDB's JSON protocol (awsJson1_0) over a keep-alive agent, for the local stand-in only: what the SDK
// would send and hand back for item and query operations, minus its middleware (SigV4 signing, endpoint
// rules, schema serde). Outputs and exceptions are shaped as the SDK shapes them.
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import * as sdk from '@aws-sdk/client-dynamodb';
import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';

/** As many sockets as the SDK's default agent: enough for 50 concurrent callers, bounded for the JVM. */
const MAX_SOCKETS = 50;
/** DynamoDB Local's Jetty drops a connection idle for 30 s; ours go first, so no request races that close. */
const IDLE_SOCKET_MS = 20_000;

export interface WireOptions {
  /** An http: endpoint. */
  endpoint: string;
  region: string;
  accessKeyId: string;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
}

export interface DynamoDbWire {
  /** `operation` as in X-Amz-Target (GetItem …); `input` as given to the SDK command. */
  send(operation: string, input: Record<string, unknown>): Promise<Record<string, unknown>>;
  destroy(): void;
}

/** Binary attribute values travel as base64 on the wire; the SDK hands them out as Uint8Array. */
function binaryAsBase64(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') : value;
}

function bytesOf(base64: string): Uint8Array {
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Only an attribute value's `B` / `BS` holds a string / string list there (attributes named so hold objects). */
function binaryAsBytes(key: string, value: unknown): unknown {
  if (key === 'B' && typeof value === 'string') return bytesOf(value);
  if (key === 'BS' && Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value.map(bytesOf);
  return value;
}

/** Most answers hold no binary value, and a reviver slows JSON.parse several times over. */
const BINARY_KEY = /"BS?"\s*:/;

function parseBody(text: string): Record<string, unknown> {
  if (text === '') return {};
  return JSON.parse(text, BINARY_KEY.test(text) ? binaryAsBytes : undefined) as Record<string, unknown>;
}

/** The exception the SDK would throw for the engine's error body: its modeled class when it has one. */
function serviceError(body: Record<string, unknown>, $metadata: sdk.DynamoDBServiceException['$metadata']): Error {
  const { __type, message, Message, ...members } = body as { __type?: string; message?: string; Message?: string };
  const name = String(__type ?? 'UnknownError').split('#').pop()!.split(':')[0];
  const text = message ?? Message ?? 'UnknownError';
  const Modeled = (sdk as Record<string, unknown>)[name] as (new (options: object) => Error) | undefined;
  if (typeof Modeled === 'function' && Modeled.prototype instanceof DynamoDBServiceException) {
    return Object.assign(new Modeled({ $metadata, message: text, ...members }), { message: text, __type });
  }
  const fault = ($metadata.httpStatusCode ?? 500) >= 500 ? 'server' : 'client';
  return Object.assign(new DynamoDBServiceException({ name, $fault: fault, $metadata, message: text }), members, { __type });
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: 'TimeoutError' });
}

export function createDynamoDbWire({ endpoint, region, accessKeyId, connectionTimeoutMs, requestTimeoutMs }: WireOptions): DynamoDbWire {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_SOCKET_MS });
  // DynamoDB Local reads the access key and region from the credential scope (they name its table namespace
  // without -sharedDb) and checks no signature, so one fixed header stands for SigV4.
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  const authorization = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${day}/${region}/dynamodb/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`;

  function answer(response: IncomingMessage, text: string): Record<string, unknown> {
    const $metadata = {
      httpStatusCode: response.statusCode,
      requestId: response.headers['x-amzn-requestid'] as string | undefined,
      extendedRequestId: undefined,
      cfId: undefined,
      attempts: 1,
      totalRetryDelay: 0,
    };
    const body = parseBody(text);
    if ((response.statusCode ?? 500) >= 300) throw serviceError(body, $metadata);
    return { ...body, $metadata };
  }

  function send(operation: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    // The SDK fills this idempotency token when the caller leaves it out.
    const payload = operation === 'TransactWriteItems' && input.ClientRequestToken === undefined ? { ...input, ClientRequestToken: randomUUID() } : input;
    const body = JSON.stringify(payload, binaryAsBase64);
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'x-amz-target': `DynamoDB_20120810.${operation}`,
            authorization,
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              resolve(answer(response, Buffer.concat(chunks).toString('utf8')));
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on('error', reject);
      request.on('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => request.destroy(timeoutError(`Connection to ${endpoint} timed out after ${connectionTimeoutMs} ms`)), connectionTimeoutMs);
        socket.once('connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      request.setTimeout(requestTimeoutMs, () => request.destroy(timeoutError(`No answer from ${endpoint} within ${requestTimeoutMs} ms`)));
      request.end(body);
    });
  }

  return { send, destroy: () => agent.destroy() };
}
