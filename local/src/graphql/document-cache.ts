// Parsed and validated documents keyed by query text: validation costs as much as execution
// (performance.md §2 b3), and clients send the same few documents over and over.
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

export type CachedDocument = { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: readonly GraphQLError[] };

export function createDocumentCache(schema: GraphQLSchema, maxEntries = 500) {
  const cache = new Map<string, CachedDocument>();
  return function load(query: string): CachedDocument {
    const hit = cache.get(query);
    if (hit) {
      return hit;
    }
    let entry: CachedDocument;
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length ? { errors } : { document };
    } catch (error) {
      // graphql-js parses and validates recursively: a hostile, deeply nested document overflows the stack,
      // and that RangeError must not reach the caller as if it were a GraphQL error.
      entry = { errors: [error instanceof GraphQLError ? error : new GraphQLError('Syntax Error: Document is nested too deeply.')] };
    }
    if (cache.size >= maxEntries) {
      cache.delete(cache.keys().next().value as string);
    }
    cache.set(query, entry);
    return entry;
  };
}
