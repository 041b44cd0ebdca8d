// Direct Lambda resolvers over real GraphQL/HTTP (appsync-spec.md §6): no code on the resolver, so the
// function gets AppSync's context event and its return is the field value; errors surface as
// Lambda:Unhandled; with maxBatchSize the function gets the events of a list's items as one array.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, MAIN_TABLE, startConformanceApi, type ConformanceApi } from './harness/conformance-api';

interface ContextEvent {
  arguments: Record<string, unknown>;
  source: { title: string } | null;
  info: { fieldName: string; parentTypeName: string; selectionSetList: string[] };
}

let api: ConformanceApi;
const batches: ContextEvent[][] = [];

beforeAll(async () => {
  api = await startConformanceApi({
    dataSources: {
      // `echo` (functions/echo.ts) answers Query.directEcho; `directVenues` Card.directVenue in batches of 2.
      directVenues: {
        kind: 'AWS_LAMBDA',
        handler: async (input) => {
          const events = input as ContextEvent[];
          batches.push(events);
          return events.map(({ source }) =>
            source?.title === 'Nowhere' ? { data: null, errorMessage: 'no venue for Nowhere', errorType: 'VenueNotFound' } : { name: `Hall of ${source?.title}`, batchSize: events.length },
          );
        },
      },
    },
  });
  await api.graphql('mutation Seed($r: AWSJSON!) { ddb(request: $r) }', {
    r: JSON.stringify({
      operation: 'BatchPutItem',
      tables: { [MAIN_TABLE]: ['A', 'B', 'Nowhere'].map((title) => ({ pk: { S: `CARD#${title}` }, sk: { S: 'CARD' }, title: { S: title }, seats: { N: 1 } })) },
    }),
  });
});

afterAll(async () => {
  await api?.stop();
});

describe('direct Lambda resolver: Invoke', () => {
  it('sends the whole context, and only it, and returns what the function returns', async () => {
    // Act
    const { body } = await api.graphql('query Echo($in: AWSJSON) { directEcho(input: $in) }', { in: '{"x":1}' }, { 'x-api-key': API_KEY, 'x-probe': 'p' });

    // Assess
    const event = JSON.parse(body.data!.directEcho as string) as Record<string, unknown>;
    expect(Object.keys(event)).toEqual(['arguments', 'identity', 'source', 'request', 'prev', 'info', 'stash']);
    expect(event).toEqual({
      arguments: { input: { x: 1 } },
      identity: null,
      source: null,
      request: { headers: expect.objectContaining({ 'x-api-key': API_KEY, 'x-probe': 'p' }), domainName: null },
      prev: null,
      // The same info as ctx.info of a code resolver (variables coerced: AWSJSON parsed).
      info: { fieldName: 'directEcho', parentTypeName: 'Query', variables: { in: { x: 1 } }, selectionSetList: [], selectionSetGraphQL: '' },
      stash: {},
    });
  });

  it('raises a thrown error as Lambda:Unhandled with the error message', async () => {
    // Act
    const { body } = await api.graphql('query { directEcho(input: "{\\"fail\\":\\"bad input\\"}") }');

    // Assess
    expect(body).toEqual({
      data: { directEcho: null },
      errors: [{ path: ['directEcho'], data: null, errorType: 'Lambda:Unhandled', errorInfo: null, locations: [{ line: 1, column: 9, sourceName: null }], message: 'bad input' }],
    });
  });
});

describe('direct Lambda resolver: BatchInvoke (maxBatchSize 2)', () => {
  it('sends the items’ context events as arrays of at most 2, failing single items by their envelope', async () => {
    // Act
    const { body } = await api.graphql('query { cards(ids: ["A", "B", "Nowhere"]) { title directVenue { name batchSize } } }');

    // Assess
    expect(batches.map((batch) => batch.map((event) => event.source?.title))).toEqual([['A', 'B'], ['Nowhere']]);
    expect(batches[0][0]).toMatchObject({ arguments: {}, info: { fieldName: 'directVenue', parentTypeName: 'Card', selectionSetList: ['name', 'batchSize'] } });
    expect(body.data).toEqual({
      cards: [
        { title: 'A', directVenue: { name: 'Hall of A', batchSize: 2 } },
        { title: 'B', directVenue: { name: 'Hall of B', batchSize: 2 } },
        { title: 'Nowhere', directVenue: null },
      ],
    });
    expect(body.errors).toEqual([
      { path: ['cards', 2, 'directVenue'], data: null, errorType: 'VenueNotFound', errorInfo: null, locations: [{ line: 1, column: 51, sourceName: null }], message: 'no venue for Nowhere' },
    ]);
  });
});
