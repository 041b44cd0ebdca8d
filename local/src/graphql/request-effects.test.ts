import { describe, expect, it } from 'vitest';
import { createRequestEffects } from './request-effects';

describe('createRequestEffects: response headers', () => {
  it('keeps the last write of a name, whatever its case, under the name last written', () => {
    // Prepare
    const effects = createRequestEffects();
    const field = effects.forField(false);

    // Act
    field.addResponseHeaders({ 'x-cache': 'miss', 'x-a': '1' });
    field.addResponseHeaders({ 'X-Cache': 'hit' });

    // Assess
    expect(effects.responseHeaders()).toEqual({ 'x-a': '1', 'X-Cache': 'hit' });
  });

  it('counts every definition against the 4 KB, a redefined name included', () => {
    // Prepare
    const effects = createRequestEffects();
    const field = effects.forField(false);
    field.addResponseHeaders({ 'x-a': 'v'.repeat(2000) });

    // Act
    const second = field.addResponseHeaders({ 'x-a': 'v'.repeat(2000) });
    const third = field.addResponseHeaders({ 'x-a': 'v'.repeat(100) });

    // Assess
    expect([second, third]).toEqual([undefined, 'Error: response headers exceed 4096 bytes']);
    expect(effects.responseHeaders()).toEqual({ 'x-a': 'v'.repeat(2000) });
  });

  it.each([
    ['a name with a space', { 'x a': '1' }],
    ['a name with a colon', { 'x:a': '1' }],
    ['a value with a line break', { 'x-a': 'one\r\nset-cookie: two' }],
    ['a value with a NUL', { 'x-a': 'a\u0000b' }],
  ])('refuses %s, applying nothing of that handler', (_case, headers) => {
    // Prepare
    const effects = createRequestEffects();

    // Act
    const refused = effects.forField(false).addResponseHeaders({ 'x-ok': '1', ...headers });

    // Assess
    expect(refused).toMatch(/^Error: response header '.+' is not a valid HTTP header$/);
    expect(effects.responseHeaders()).toEqual({});
  });
});

describe('createRequestEffects: invalidations', () => {
  it.each([
    [true, 1],
    [false, 0],
  ])('lets a field invalidate only when it may (%s)', (mayInvalidate, count) => {
    // Prepare
    const effects = createRequestEffects();

    // Act
    effects.forField(mayInvalidate).invalidations?.push({ subscriptionField: 'onX', payload: null });

    // Assess
    expect(effects.invalidations).toHaveLength(count);
  });
});
