// A Cognito Identity Provider client for the local stand-in: loopback endpoint, dummy credentials and no retries.
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

/** The region is taken from the pool id (`us-east-1_LocalDev1` → us-east-1) when one is given. */
export function createLocalCognitoClient(endpoint: string, userPoolIdOrRegion = 'us-east-1'): CognitoIdentityProviderClient {
  const region = userPoolIdOrRegion.split('_')[0] || 'us-east-1';
  return new CognitoIdentityProviderClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 10_000 },
  });
}
