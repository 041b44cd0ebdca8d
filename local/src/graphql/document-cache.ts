// Parsed and validated documents keyed by query text: validation costs as much as execution
// (performance.md §2 b3), and clients send the same few documents over and over.
import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';

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
      entry = { errors: [error as GraphQLError] };
    }
    if (cache.size >= maxEntries) {
      cache.delete(cache.keys().next().value as string);
    }
    cache.set(query, entry);
    return entry;
  };
}
