// Tests for reading the stack's ports from HERALD_*_PORT variables.
import { describe, expect, it } from 'vitest';
import { portsFromEnv } from './stack-ports';

describe('portsFromEnv', () => {
  it('uses the documented defaults when nothing is set', () => {
    // Act
    const ports = portsFromEnv({});
    // Assess
    expect(ports).toEqual({ graphql: 4000, app: 5173, dynamodb: 8000, cognito: 9229, s3: 4568, ses: 8005 });
  });

  it('takes each override from its variable', () => {
    // Act
    const ports = portsFromEnv({ HERALD_PORT: '4100', HERALD_S3_PORT: ' 4600 ' });
    // Assess
    expect(ports).toMatchObject({ graphql: 4100, s3: 4600, app: 5173 });
  });

  it.each([
    ['a word', { HERALD_SES_PORT: 'mail' }, 'HERALD_SES_PORT="mail" is not a port number'],
    ['a port out of range', { HERALD_APP_PORT: '70000' }, 'HERALD_APP_PORT="70000" is not a port number'],
    ['two parts on one port', { HERALD_COGNITO_PORT: '4000' }, 'local AppSync server (HERALD_PORT) and the Cognito (cognito-local) (HERALD_COGNITO_PORT) are both set to port 4000'],
  ])('rejects %s and names the variable', (_label, env, message) => {
    // Act
    const read = () => portsFromEnv(env);
    // Assess
    expect(read).toThrow(message);
  });
});
