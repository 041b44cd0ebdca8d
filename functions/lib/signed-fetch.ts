// SigV4-signed HTTPS calls to AWS APIs that have no client in the bundle: AppSync GraphQL (IAM auth) and
// Lambda Invoke. Signing is @smithy/signature-v4 with node:crypto hashes; credentials come from the SDK chain.
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentityProvider, Checksum, SourceData } from '@smithy/types';

export class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(this.secret));
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

export type SignedRequest = { url: string; service: string; body: string; headers?: Record<string, string> };
export type SignedFetch = (request: SignedRequest) => Promise<Response>;

export function createSignedFetch(opts: { region: string; credentials: AwsCredentialIdentityProvider; timeoutMs?: number }): SignedFetch {
  const signers = new Map<string, SignatureV4>();
  const signerFor = (service: string) => {
    let signer = signers.get(service);
    if (!signer) {
      signer = new SignatureV4({ service, region: opts.region, credentials: opts.credentials, sha256: NodeSha256 });
      signers.set(service, signer);
    }
    return signer;
  };
  return async ({ url, service, body, headers = {} }) => {
    const target = new URL(url);
    const signed = await signerFor(service).sign({
      method: 'POST',
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port ? Number(target.port) : undefined,
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers: { host: target.host, 'content-type': 'application/json', ...headers },
      body,
    });
    return fetch(target, { method: 'POST', headers: signed.headers, body, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
  };
}
