import { describe, expect, it } from 'vitest';
import { toClientSettings } from './amplify-config';
import type { HeraldOutputs } from './outputs';

const local: HeraldOutputs = {
  graphqlUrl: 'http://127.0.0.1:4000/graphql',
  realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
  apiKey: 'da2-local',
  region: 'us-east-1',
  userPoolId: 'local_abc',
  userPoolClientId: 'client123',
  cognitoEndpoint: 'http://127.0.0.1:9229',
  explorerUrl: 'http://127.0.0.1:4000/explorer',
  demoUsers: [{ username: 'olivia', password: 'Passw0rd!', groups: ['organizers'] }],
};

const aws: HeraldOutputs = {
  graphqlUrl: 'https://abcdefghijklmnopqrstuvwxyz.appsync-api.eu-west-1.amazonaws.com/graphql',
  realtimeUrl: 'wss://abcdefghijklmnopqrstuvwxyz.appsync-realtime-api.eu-west-1.amazonaws.com/graphql',
  apiKey: 'da2-aws',
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_AbCdEf',
  userPoolClientId: 'awsclient',
  demoUsers: [],
};

describe('toClientSettings', () => {
  it('maps local outputs: custom user pool endpoint, password flow, ws realtime rewrite, demo users', () => {
    // Prepare: the local fixture
    // Act
    const settings = toClientSettings(local);
    // Assess
    expect(settings.amplify).toEqual({
      API: {
        GraphQL: {
          endpoint: 'http://127.0.0.1:4000/graphql',
          region: 'us-east-1',
          defaultAuthMode: 'userPool',
          apiKey: 'da2-local',
        },
      },
      Auth: {
        Cognito: { userPoolId: 'local_abc', userPoolClientId: 'client123', userPoolEndpoint: 'http://127.0.0.1:9229' },
      },
    });
    expect(settings.authFlowType).toBe('USER_PASSWORD_AUTH');
    expect(settings.localRealtimeUrl).toBe('ws://127.0.0.1:4000/graphql/realtime');
    expect(settings.demoUsers).toEqual(local.demoUsers);
    expect(settings.explorerUrl).toBe('http://127.0.0.1:4000/explorer');
  });

  it('maps AWS outputs: no endpoint override, SRP, Amplify derives realtime itself, no demo users', () => {
    // Prepare: the AWS fixture
    // Act
    const settings = toClientSettings(aws);
    // Assess
    expect(settings.amplify.Auth?.Cognito).toEqual({ userPoolId: 'eu-west-1_AbCdEf', userPoolClientId: 'awsclient' });
    expect(settings.amplify.API?.GraphQL).toMatchObject({ endpoint: aws.graphqlUrl, defaultAuthMode: 'userPool' });
    expect(settings.authFlowType).toBe('USER_SRP_AUTH');
    expect(settings.localRealtimeUrl).toBeNull();
    expect(settings.demoUsers).toEqual([]);
  });

  it('omits apiKey when the outputs have none, and ignores demo users without a local Cognito', () => {
    // Prepare
    const { apiKey: _ignored, ...noKey } = aws;
    // Act
    const settings = toClientSettings({ ...noKey, demoUsers: local.demoUsers });
    // Assess
    expect(settings.amplify.API?.GraphQL).not.toHaveProperty('apiKey');
    expect(settings.demoUsers).toEqual([]);
  });
});
