import { describe, expect, it } from 'vitest';
import { OutputsError, clientOutputs, parseOutputs } from './outputs';

const local = {
  appUrl: 'http://127.0.0.1:5173',
  explorerUrl: 'http://127.0.0.1:4000/explorer',
  graphqlUrl: 'http://127.0.0.1:4000/graphql',
  realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
  apiKey: 'da2-local',
  region: 'us-east-1',
  userPoolId: 'local_abc',
  userPoolClientId: 'client123',
  cognitoEndpoint: 'http://127.0.0.1:9229',
  s3Endpoint: 'http://127.0.0.1:4569',
  bucket: 'herald-local',
  mailboxUrl: 'http://127.0.0.1:4000/_mailbox',
  demoUsers: [{ username: 'olivia', password: 'Passw0rd!', groups: ['organizers'] }],
};

describe('parseOutputs', () => {
  it('accepts a complete local outputs file', () => {
    // Prepare: the fixture above
    // Act
    const outputs = parseOutputs(local);
    // Assess
    expect(outputs).toEqual(local);
  });

  it.each([
    ['not an object', [], /expected a JSON object/],
    ['missing keys', { graphqlUrl: 'x', region: '' }, /missing region, userPoolId, userPoolClientId/],
    ['empty region', { ...local, region: '' }, /missing region/],
    ['wrong optional type', { ...local, apiKey: 42 }, /apiKey must be a string/],
    ['bad demo users', { ...local, demoUsers: [{ username: 'x' }] }, /demoUsers\[0\]/],
  ])('rejects %s', (_case, value, message) => {
    // Prepare: value from the table
    // Act
    const parse = () => parseOutputs(value);
    // Assess
    expect(parse).toThrow(OutputsError);
    expect(parse).toThrow(message);
  });

  it('treats empty optional strings (unset CDK outputs) as absent and defaults demoUsers', () => {
    // Prepare
    const { demoUsers: _ignored, ...withoutUsers } = local;
    // Act
    const outputs = parseOutputs({ ...withoutUsers, cognitoEndpoint: '' });
    // Assess
    expect(outputs.cognitoEndpoint).toBeUndefined();
    expect(outputs.demoUsers).toEqual([]);
  });
});

describe('clientOutputs', () => {
  it('drops storage and mailbox keys the browser does not use', () => {
    // Prepare
    const outputs = parseOutputs(local);
    // Act
    const forBrowser = clientOutputs(outputs);
    // Assess
    expect(forBrowser).not.toHaveProperty('s3Endpoint');
    expect(forBrowser).not.toHaveProperty('bucket');
    expect(forBrowser).not.toHaveProperty('mailboxUrl');
    expect(forBrowser.demoUsers).toHaveLength(1);
  });

  it('never passes demo passwords on for a non-local (AWS) stack', () => {
    // Prepare
    const { cognitoEndpoint: _ignored, ...aws } = local;
    // Act
    const forBrowser = clientOutputs(parseOutputs(aws));
    // Assess
    expect(forBrowser.demoUsers).toEqual([]);
  });
});
