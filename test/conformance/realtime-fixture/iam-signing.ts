// SigV4 auth headers as AWS SDKs and aws-amplify build them for the fixture server's IAM principal:
// for an HTTP request, and for the realtime protocol's connection (`POST <endpoint>/connect`, body
// `{}`) and start (`POST <endpoint>`, body = the start payload's `data`).
import { SignatureV4 } from '@smithy/signature-v4';
import type { IamConfig } from '../../../local/src/auth/aws-iam';
import { NodeSha256 } from '../../../local/src/auth/node-sha256';

const PRINCIPAL = { accessKeyId: 'AKIAREALTIMEFIXTURE', secretAccessKey: 'realtime-fixture-secret' };

export const FIXTURE_IAM: IamConfig = { principals: [PRINCIPAL], region: 'us-east-1' };

/** The signed headers of `POST http://<host><path>` with `body`, names as the signer wrote them. */
export async function iamHeaders(host: string, path: string, body: string): Promise<Record<string, string>> {
  const [hostname, port] = host.split(':');
  const signer = new SignatureV4({ credentials: PRINCIPAL, region: 'us-east-1', service: 'appsync', sha256: NodeSha256 });
  const request = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname,
    port: Number(port),
    path,
    query: {},
    // aws-amplify's realtime headers (AWS_APPSYNC_REALTIME_HEADERS) plus host.
    headers: { accept: 'application/json, text/javascript', 'content-encoding': 'amz-1.0', 'content-type': 'application/json; charset=UTF-8', host },
    body,
  });
  return request.headers as Record<string, string>;
}
