// Decoding the connection auth header from either transport, and refusing garbage.

import { describe, expect, it } from 'vitest';

import { parseSubprotocols, readHandshakeHeader } from './handshake-header';

const header = { host: 'api.example.com', 'x-api-key': 'da2-key', 'x-amz-date': '20240101T000000Z' };
const base64url = Buffer.from(JSON.stringify(header)).toString('base64url');
const base64 = Buffer.from(JSON.stringify(header)).toString('base64');

describe('parseSubprotocols', () => {
  it.each<[string, string | string[] | undefined, string[]]>([
    ['absent', undefined, []],
    ['one', 'graphql-ws', ['graphql-ws']],
    ['comma list with spaces', 'graphql-ws, header-abc', ['graphql-ws', 'header-abc']],
    ['repeated headers', ['graphql-ws', 'header-abc'], ['graphql-ws', 'header-abc']],
    ['empty entries', 'graphql-ws,,', ['graphql-ws']],
  ])('%s', (_name, raw, expected) => {
    // Act
    const protocols = parseSubprotocols(raw);

    // Assess
    expect(protocols).toEqual(expected);
  });
});

describe('readHandshakeHeader', () => {
  it.each<[string, string[], string, 'subprotocol' | 'query']>([
    ['subprotocol, base64url without padding', ['graphql-ws', `header-${base64url}`], '', 'subprotocol'],
    ['query, AWS-documented form', ['graphql-ws'], `header=${base64}&payload=e30=`, 'query'],
    ['query, percent-encoded', ['graphql-ws'], `header=${encodeURIComponent(base64)}&payload=e30%3D`, 'query'],
    ['subprotocol wins over query', ['graphql-ws', `header-${base64url}`], 'header=garbage', 'subprotocol'],
  ])('decodes %s', (_name, subprotocols, search, transport) => {
    // Act
    const result = readHandshakeHeader(subprotocols, new URLSearchParams(search));

    // Assess
    expect(result).toEqual({ ok: true, header, transport });
  });

  it('restores "+" that an unencoded query string turned into spaces', () => {
    // Prepare: this value's base64 contains "+" and "/".
    const tricky = { key: '>>>???' };
    const encoded = Buffer.from(JSON.stringify(tricky)).toString('base64');
    expect(encoded).toMatch(/[+/]/);

    // Act
    const result = readHandshakeHeader(['graphql-ws'], new URLSearchParams(`header=${encoded}`));

    // Assess
    expect(result).toEqual({ ok: true, header: tricky, transport: 'query' });
  });

  it.each<[string, string[], string, 'missing' | 'malformed']>([
    ['nothing at all', ['graphql-ws'], '', 'missing'],
    ['only the payload param', ['graphql-ws'], 'payload=e30=', 'missing'],
    ['empty subprotocol header', ['graphql-ws', 'header-'], '', 'malformed'],
    ['subprotocol not base64', ['graphql-ws', 'header-***'], '', 'malformed'],
    ['subprotocol not JSON', ['graphql-ws', `header-${Buffer.from('not json').toString('base64url')}`], '', 'malformed'],
    ['subprotocol JSON array', ['graphql-ws', `header-${Buffer.from('[1]').toString('base64url')}`], '', 'malformed'],
    ['query JSON null', ['graphql-ws'], `header=${Buffer.from('null').toString('base64')}`, 'malformed'],
    ['empty query header', ['graphql-ws'], 'header=', 'malformed'],
  ])('refuses %s', (_name, subprotocols, search, reason) => {
    // Act
    const result = readHandshakeHeader(subprotocols, new URLSearchParams(search));

    // Assess
    expect(result).toMatchObject({ ok: false, reason });
  });
});
