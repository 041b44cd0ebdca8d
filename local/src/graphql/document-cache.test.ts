import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createDocumentCache } from './document-cache';

describe('createDocumentCache', () => {
  it('answers a document too deeply nested to parse with a syntax error instead of the stack overflow', () => {
    // Prepare
    const load = createDocumentCache(buildSchema('type Query { a: A } type A { a: A }'));
    const depth = 20_000;
    // Act
    const entry = load(`{ a ${'{ a '.repeat(depth)}${'}'.repeat(depth)} }`);
    // Assess
    expect(entry.errors?.map((error) => error.message)).toEqual(['Syntax Error: Document is nested too deeply.']);
  });
});
