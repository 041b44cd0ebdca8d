import { describe, expect, it } from 'vitest';
import { createPageTokenCodec } from './page-token';

describe('page tokens', () => {
  const codec = createPageTokenCodec('secret-1');
  const key = { pk: { S: 'EVENT#1' }, sk: { S: 'EVENT' } };

  it('round-trips a LastEvaluatedKey', () => {
    // Act
    const token = codec.encode(key);
    // Assess
    expect(codec.decode(token)).toEqual(key);
  });

  it.each([
    ['a changed body', (token: string) => `${Buffer.from('{"version":1,"key":{"pk":{"S":"x"}}}').toString('base64url')}.${token.split('.')[1]}`],
    ['a changed signature', (token: string) => `${token.split('.')[0]}.AAAA`],
    ['no signature', (token: string) => token.split('.')[0]],
    ['garbage', () => 'not-a-token'],
    ['a token from another server', () => createPageTokenCodec('secret-2').encode(key)],
  ])('rejects %s', (_label, tamper) => {
    // Prepare
    const token = tamper(codec.encode(key));
    // Act / Assess
    expect(codec.decode(token)).toBeNull();
  });
});
