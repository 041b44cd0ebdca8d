// Request validation and AppSync's per-API limits over real HTTP (appsync-spec.md §8.3, §11):
// malformed bodies, validation errors worded as graphql-java words them, query depth, resolver
// count, and introspection switched off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, startConformanceApi, type ConformanceApi } from './harness/conformance-api';

let api: ConformanceApi;

beforeAll(async () => {
  api = await startConformanceApi({ config: { limits: { queryDepthLimit: 1, resolverCountLimit: 3, introspection: false } } });
  await api.graphql('mutation Seed($r: AWSJSON!) { ddb(request: $r) }', {
    r: JSON.stringify({ operation: 'PutItem', key: { pk: { S: 'CARD#L1' }, sk: { S: 'CARD' } }, attributeValues: { title: { S: 'Limits' } } }),
  });
});

afterAll(async () => {
  await api?.stop();
});

async function post(body: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': API_KEY }, body });
  return { status: response.status, body: await response.json() };
}

describe('malformed requests (HTTP 400)', () => {
  it.each([
    ['an empty body', '', 'Request body is empty.'],
    ['text that is not JSON', 'meow', 'Unable to parse GraphQL query.'],
    ['an empty object', '{}', 'Unable to parse GraphQL query.'],
    ['trailing garbage', '{}}', 'Unable to parse GraphQL query.'],
    ['a JSON array', '[]', 'Unable to parse GraphQL query.'],
  ])('answers %s like AppSync', async (_label, body, message) => {
    // Act
    const answer = await post(body);
    // Assess
    expect(answer).toEqual({ status: 400, body: { errors: [{ message, errorType: 'MalformedHttpRequestException' }] } });
    expect(Object.keys((answer.body as { errors: object[] }).errors[0]!)).toEqual(['message', 'errorType']);
  });
});

describe('validation errors (HTTP 200, data null, path null)', () => {
  it('matches the AppSync team’s own example for an undefined field, byte for byte', async () => {
    // Act
    const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': API_KEY }, body: JSON.stringify({ query: '{badfield}' }) });
    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      '{"data":null,"errors":[{"path":null,"locations":[{"line":1,"column":2,"sourceName":null}],"message":"Validation error of type FieldUndefined: Field \'badfield\' in type \'Query\' is undefined @ \'badfield\'"}]}',
    );
  });

  it.each([
    ['a nested undefined field', '{ cards(ids: []) { nope } }', "Validation error of type FieldUndefined: Field 'nope' in type 'Card' is undefined @ 'cards/nope'"],
    ['a missing argument', '{ cards { title } }', "Validation error of type MissingFieldArgument: Missing field argument ids @ 'cards'"],
    ['an unknown argument', '{ cards(ids: [], first: 1) { title } }', "Validation error of type UnknownArgument: Unknown field argument first @ 'cards'"],
    // graphql-java 12/13 prints a wrapped type ([Card]) as null, as recorded AppSync answers show.
    ['a list of objects without a selection', '{ cards(ids: []) }', "Validation error of type SubSelectionRequired: Sub selection required for type null of field cards @ 'cards'"],
    ['a leaf with a selection', '{ cards(ids: []) { title { x } } }', "Validation error of type SubSelectionNotAllowed: Sub selection not allowed on leaf type String of field title @ 'cards/title'"],
    ['a syntax error', '{ cards(ids: [] { title } }', "Invalid Syntax : offending token '{' at line 1 column 17"],
    ['a null literal where the list takes none', '{ cards(ids: ["a", null]) { title } }', "Validation error of type WrongType: argument 'ids[1]' with value 'NullValue{}' must not be null @ 'cards'"],
    ['an undefined variable', 'query Q { cards(ids: $ids) { title } }', "Validation error of type UndefinedVariable: Undefined variable ids @ 'cards'"],
  ])('words %s as graphql-java does', async (_label, query, message) => {
    // Act
    const { status, body } = await api.graphql(query);
    // Assess
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toEqual({ path: null, locations: expect.any(Array), message });
  });

  it('reports a missing non-null variable as graphql-java’s coercion error', async () => {
    // Act
    const { body } = await api.graphql('query Cards($ids: [ID!]!) { cards(ids: $ids) { title } }');
    // Assess
    expect(body).toEqual({ data: null, errors: [{ path: null, locations: [{ line: 1, column: 13, sourceName: null }], message: "Variable 'ids' has coerced Null value for NonNull type '[ID!]!'" }] });
  });

  it('reports a null inside a variable with the variable’s name and the inner type, as AppSync does', async () => {
    // Act
    const { body } = await api.graphql('query Cards($ids: [ID!]!) { cards(ids: $ids) { title } }', { ids: ['L1', null] });
    // Assess
    expect(body).toEqual({ data: null, errors: [{ path: null, locations: [{ line: 1, column: 13, sourceName: null }], message: "Variable 'ids' has coerced Null value for NonNull type 'ID!'" }] });
  });

  it('locates a wrong literal at its argument, as graphql-java does', async () => {
    // Act
    const { body } = await api.graphql('{ cards(ids: 7.5) { title } }');
    // Assess
    expect(body.errors).toEqual([{ path: null, locations: [{ line: 1, column: 9, sourceName: null }], message: "Validation error of type WrongType: argument 'ids' with value 'FloatValue{value=7.5}' is not a valid 'ID' @ 'cards'" }]);
  });
});

describe('limits', () => {
  it('refuses introspection when it is disabled, but still answers __typename', async () => {
    // Act
    const schema = await api.graphql('{ __schema { types { name } } }');
    const typename = await api.graphql('{ __typename }');
    // Assess
    expect(schema.body).toEqual({ data: null, errors: [{ path: null, locations: [{ line: 1, column: 3, sourceName: null }], message: "Validation error of type FieldUndefined: Field '__schema' in type 'Query' is undefined @ '__schema'" }] });
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('fails each field deeper than queryDepthLimit, with null propagating from non-null fields', async () => {
    // Act
    const { body } = await api.graphql('{ cards(ids: ["L1"]) { title id } }');
    // Assess
    expect(body.data).toEqual({ cards: [null] });
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['cards', 0, 'title'], errorType: 'QueryDepthLimitReached', message: 'Query depth limit of 1 exceeded.' }),
      expect.objectContaining({ path: ['cards', 0, 'id'], errorType: 'QueryDepthLimitReached' }),
    ]);
  });

  it('fails the resolvers beyond resolverCountLimit, and only those', async () => {
    // Act
    const { body } = await api.graphql('{ a: whoami b: whoami c: whoami d: whoami }');
    // Assess
    expect(Object.values(body.data!).map((value) => value === null)).toEqual([false, false, false, true]);
    expect(body.errors).toEqual([
      { path: ['d'], data: null, errorType: 'ResolverExecutionLimitReached', errorInfo: null, locations: [{ line: 1, column: 33, sourceName: null }], message: 'Resolver invocation limit reached.' },
    ]);
  });
});
