// AWS SDK v3 clients for the functions, one factory per service, created once per cold start by each handler.
// Endpoints honour AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL, so the same code runs against the local stand-ins.
// DynamoDB lives in document-client.ts: lib-dynamodb is not marked side-effect free, so importing it here would
// put it into every bundle.
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import type { Env } from './env';

// Set on every client: the SES stand-in never answers calls it does not implement, and a Lambda should fail
// a hung call well before its own timeout.
export const requestHandler = { connectionTimeout: 3_000, requestTimeout: 15_000 };

export function endpointFor(env: Env, service: 'DYNAMODB' | 'S3' | 'SES' | 'LAMBDA' | 'COGNITO_IDENTITY_PROVIDER'): string | undefined {
  return env[`AWS_ENDPOINT_URL_${service}`]?.trim() || env.AWS_ENDPOINT_URL?.trim() || undefined;
}

export function regionOf(env: Env): string {
  return env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || 'us-east-1';
}

/** Keys from the given env (Lambda puts its role's credentials there); otherwise the SDK's default chain. */
export function credentialsOf(env: Env) {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN?.trim() || undefined } : undefined;
}

export function createS3Client(env: Env = process.env): S3Client {
  const endpoint = endpointFor(env, 'S3');
  // A custom endpoint (s3rver) has no wildcard DNS for virtual-hosted bucket names.
  return new S3Client({ region: regionOf(env), endpoint, forcePathStyle: endpoint !== undefined, credentials: credentialsOf(env), requestHandler });
}

export function createSesClient(env: Env = process.env): SESClient {
  // Throttling is retried by the announcer itself, with its own pacing: the SDK must not retry behind its back.
  return new SESClient({ region: regionOf(env), endpoint: endpointFor(env, 'SES'), credentials: credentialsOf(env), requestHandler, maxAttempts: 1 });
}

export function createCognitoClient(env: Env = process.env): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ region: regionOf(env), endpoint: endpointFor(env, 'COGNITO_IDENTITY_PROVIDER'), credentials: credentialsOf(env), requestHandler });
}
