// Tests for the local Cognito client factory.
import { describe, expect, it } from 'vitest';
import { createLocalCognitoClient } from './cognito-client';

describe('createLocalCognitoClient', () => {
  it('takes the region from the pool id and targets the given endpoint', async () => {
    // Prepare
    const endpoint = 'http://127.0.0.1:9229';

    // Act
    const client = createLocalCognitoClient(endpoint, 'eu-west-1_LocalDev1');
    const region = await client.config.region();
    const resolved = await client.config.endpoint?.();
    client.destroy();

    // Assess
    expect(region).toBe('eu-west-1');
    expect(resolved?.hostname).toBe('127.0.0.1');
    expect(resolved?.port).toBe(9229);
  });
});
