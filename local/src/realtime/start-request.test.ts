// Decoding a start payload: the operation string, its variables and its own auth header.

import { describe, expect, it } from 'vitest';

import { decodeStartPayload } from './start-request';

const authorization = { host: 'api.example.com', 'x-api-key': 'da2-key' };

describe('decodeStartPayload', () => {
  it('decodes query, variables, operationName and authorization', () => {
    // Prepare
    const payload = {
      data: JSON.stringify({ query: 'subscription S { onEvent { id } }', variables: { id: '1' }, operationName: 'S' }),
      extensions: { authorization },
    };

    // Act
    const result = decodeStartPayload(payload);

    // Assess
    expect(result).toEqual({
      ok: true,
      request: { query: 'subscription S { onEvent { id } }', variables: { id: '1' }, operationName: 'S', authorization },
    });
  });

  it.each<[string, unknown]>([
    ['absent', undefined],
    ['null', null],
  ])('defaults variables to {} when they are %s', (_name, variables) => {
    // Prepare
    const payload = { data: JSON.stringify({ query: 'subscription { a }', variables }) };

    // Act
    const result = decodeStartPayload(payload);

    // Assess
    expect(result).toEqual({ ok: true, request: { query: 'subscription { a }', variables: {} } });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no extensions', {}],
    ['authorization not an object', { extensions: { authorization: 'token' } }],
  ])('leaves authorization undefined with %s', (_name, extra) => {
    // Prepare
    const payload = { data: JSON.stringify({ query: 'subscription { a }' }), ...extra };

    // Act
    const result = decodeStartPayload(payload);

    // Assess
    expect(result.ok && result.request.authorization).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['payload missing', undefined, '"payload" object'],
    ['data missing', {}, '"data" as a JSON string'],
    ['data as an object', { data: { query: 'subscription { a }' } }, '"data" as a JSON string'],
    ['data not JSON', { data: '{query' }, 'not valid JSON'],
    ['data a JSON array', { data: '[]' }, 'JSON object'],
    ['query missing', { data: '{"variables":{}}' }, '"query" string'],
    ['query blank', { data: '{"query":"  "}' }, '"query" string'],
    ['variables a string', { data: '{"query":"subscription { a }","variables":"x"}' }, '"variables"'],
    ['operationName a number', { data: '{"query":"subscription { a }","operationName":1}' }, '"operationName"'],
  ])('refuses %s', (_name, payload, fragment) => {
    // Act
    const result = decodeStartPayload(payload);

    // Assess
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(fragment);
  });
});
