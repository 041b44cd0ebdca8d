// Lambda data source over real GraphQL/HTTP (appsync-spec.md §6): Invoke with the resolver's
// payload, Lambda errors, fire-and-forget Event, and BatchInvoke across the items of a list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LambdaDataSource } from '../../local/src/datasources/lambda';
import { MAIN_TABLE, startConformanceApi, type ConformanceApi } from './harness/conformance-api';

let api: ConformanceApi;
const batches: unknown[][] = [];
const mailed: unknown[] = [];
let mailer: LambdaDataSource;

beforeAll(async () => {
  api = await startConformanceApi({
    dataSources: {
      // `echo` is the API's own functions/echo.ts, loaded from its path.
      venues: {
        kind: 'AWS_LAMBDA',
        maxBatchSize: 2,
        handler: async (event) => {
          const payloads = event as { pk: string; title: string }[];
          batches.push(payloads);
          return payloads.map((payload) =>
            payload.title === 'Nowhere' ? { data: null, errorMessage: `no venue for ${payload.pk}`, errorType: 'VenueNotFound' } : { name: `Hall of ${payload.title}`, batchSize: payloads.length },
          );
        },
      },
      mailer: { kind: 'AWS_LAMBDA', handler: async (event) => void mailed.push(event) },
    },
  });
  mailer = api.dataSources.mailer as LambdaDataSource;
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

describe('Invoke', () => {
  it('sends the payload the request handler built and returns the function result', async () => {
    // Act
    const { body } = await api.graphql('query { lambdaEcho(input: "{\\"x\\":1}") }');
    // Assess
    expect(JSON.parse(body.data!.lambdaEcho as string)).toEqual({ arguments: { input: { x: 1 } }, identity: null, fieldName: 'lambdaEcho' });
  });

  it('surfaces a thrown error as Lambda:Unhandled with the error message', async () => {
    // Act
    const { body } = await api.graphql('query { lambdaEcho(input: "{\\"fail\\":\\"bad input\\"}") }');
    // Assess
    expect(body).toEqual({
      data: { lambdaEcho: null },
      errors: [{ path: ['lambdaEcho'], data: null, errorType: 'Lambda:Unhandled', errorInfo: null, locations: [{ line: 1, column: 9, sourceName: null }], message: 'bad input' }],
    });
  });
});

describe('invocationType Event', () => {
  it('returns before the function has run, with a null ctx.result', async () => {
    // Act
    const { body } = await api.graphql('mutation { notify(message: "hello") }');
    await mailer.idle();
    // Assess
    expect(body).toEqual({ data: { notify: true } });
    expect(mailed).toEqual([{ message: 'hello' }]);
  });
});

describe('BatchInvoke', () => {
  it('resolves a field across list items in batches of maxBatchSize, failing single items only', async () => {
    // Act
    const { body } = await api.graphql('query { cards(ids: ["A", "B", "Nowhere"]) { title venue { name batchSize } } }');
    // Assess
    expect(batches).toEqual([
      [
        { pk: 'CARD#A', title: 'A' },
        { pk: 'CARD#B', title: 'B' },
      ],
      [{ pk: 'CARD#Nowhere', title: 'Nowhere' }],
    ]);
    expect(body.data).toEqual({
      cards: [
        { title: 'A', venue: { name: 'Hall of A', batchSize: 2 } },
        { title: 'B', venue: { name: 'Hall of B', batchSize: 2 } },
        { title: 'Nowhere', venue: null },
      ],
    });
    expect(body.errors).toEqual([
      { path: ['cards', 2, 'venue'], data: null, errorType: 'VenueNotFound', errorInfo: null, locations: [{ line: 1, column: 51, sourceName: null }], message: 'no venue for CARD#Nowhere' },
    ]);
  });
});
