import { describe, expect, it } from 'vitest';
import { authenticateApiKey } from './api-key';

const NOW = 1_800_000_000;
const keys = [{ id: 'da2-live', expires: NOW + 3600 }, { id: 'da2-lapsed', expires: NOW }, { id: 'da2-forever' }];

describe('authenticateApiKey', () => {
  it.each([['a live key', 'da2-live'], ['a key without expiry', 'da2-forever']])('accepts %s with no identity', (_label, key) => {
    // Act
    const auth = authenticateApiKey(key, keys, NOW);
    // Assess
    expect(auth).toEqual({ mode: 'API_KEY', identity: null });
  });

  it.each([['an unknown key', 'da2-nope'], ['a key at its expiry second', 'da2-lapsed']])('refuses %s with AppSync’s 401', (_label, key) => {
    // Act
    const attempt = () => authenticateApiKey(key, keys, NOW);
    // Assess
    expect(attempt).toThrow(expect.objectContaining({ status: 401, errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }));
  });
});
