// Publishing, invalidation and response headers from executed operations, whatever the auth mode (IAM
// included), with real APPSYNC_JS resolvers on a NONE data source.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../auth/auth-context';
import { createNoneDataSource } from '../datasources/none';
import { loadResolverCode } from '../runtime';
import { createDocumentCache } from './document-cache';
import { buildExecutableSchema } from './executable-schema';
import { createOperationExecutor, type PublishedMutation } from './execute-operation';
import type { Invalidation } from './request-effects';
import { createResolverRunner, type LoadedResolver } from './resolver-runner';

const BUILT_INS = readFileSync(resolve(import.meta.dirname, '../../../schema/appsync.graphql'), 'utf8');
const SDL = `${BUILT_INS}
  type Ticket @aws_api_key @aws_iam { id: ID! title: String! group: String }
  type Query {
    ping: String @aws_api_key
    tag(name: String!, value: String!): Boolean @aws_api_key
    invalidateFromQuery: Boolean @aws_api_key
  }
  type Mutation {
    createTicket(id: ID!, title: String!, group: String): Ticket @aws_api_key @aws_iam
    failTicket(id: ID!): Ticket @aws_api_key @aws_iam
    removeMember(member: String!, groups: [String!]!): Boolean @aws_api_key @aws_iam
  }
  type Subscription { onTicket: Ticket @aws_subscribe(mutations: ["createTicket"]) @aws_api_key }
`;

const QUERY_CODE: Record<string, string> = {
  tag: `import { util } from '@aws-appsync/utils';
export function request(ctx) { util.http.addResponseHeader(ctx.args.name, ctx.args.value); return { payload: true }; }
export function response(ctx) { return ctx.result; }`,
  invalidateFromQuery: `import { extensions } from '@aws-appsync/utils';
export function request() { return { payload: true }; }
export function response(ctx) {
  extensions.invalidateSubscriptions({ subscriptionField: 'onTicket', payload: { member: 'q' } });
  return ctx.result;
}`,
};

const CODE: Record<string, string> = {
  createTicket: `export function request(ctx) { return { payload: ctx.args }; }
export function response(ctx) { return ctx.result; }`,
  failTicket: `import { util } from '@aws-appsync/utils';
export function request() { return util.error('No tickets today', 'Closed'); }
export function response() { return null; }`,
  removeMember: `import { extensions } from '@aws-appsync/utils';
export function request() { return { payload: true }; }
export function response(ctx) {
  for (const group of ctx.args.groups) {
    extensions.invalidateSubscriptions({ subscriptionField: 'onTicket', payload: { member: ctx.args.member, group } });
  }
  return ctx.result;
}`,
};

function setUp({ introspection = true } = {}) {
  const load = (typeName: string, code: Record<string, string>): LoadedResolver[] =>
    Object.entries(code).map(([fieldName, text]) => {
      const bundleFile = `${typeName}.${fieldName}.js`;
      return {
        spec: { kind: 'UNIT', typeName, fieldName, dataSource: 'NONE', code: { sourceFile: bundleFile, bundleFile, code: text } },
        code: loadResolverCode(text, bundleFile),
      };
    });
  const resolvers = [...load('Mutation', CODE), ...load('Query', QUERY_CODE)];
  const run = createResolverRunner({ dataSources: { NONE: createNoneDataSource() }, env: {} });
  const schema = buildExecutableSchema({ sdl: SDL, defaultMode: 'API_KEY', resolvers, run });
  const published: PublishedMutation[] = [];
  const invalidated: Invalidation[] = [];
  const execute = createOperationExecutor({
    schema,
    loadDocument: createDocumentCache(schema),
    publish: (event) => published.push(event),
    invalidate: (invalidation) => invalidated.push(invalidation),
    introspection,
  });
  return { execute, published, invalidated };
}

const API_KEY: AuthContext = { mode: 'API_KEY', identity: null };
const IAM: AuthContext = { mode: 'AWS_IAM', identity: { accountId: '123456789012', userArn: 'arn:aws:sts::123456789012:assumed-role/announcer/fn', sourceIp: ['127.0.0.1'] } };

describe('createOperationExecutor: publishing', () => {
  it.each<[string, AuthContext]>([
    ['an API key', API_KEY],
    ['IAM (e.g. a Lambda reporting progress)', IAM],
  ])('publishes a mutation authorized by %s, as the mutation selected it', async (_name, auth) => {
    // Prepare
    const { execute, published } = setUp();

    // Act
    const response = await execute({ query: 'mutation { createTicket(id: "1", title: "T", group: "g") { id title } }' }, auth, {});

    // Assess
    expect(response.body).toEqual({ data: { createTicket: { id: '1', title: 'T' } } });
    expect(published).toEqual([{ mutationField: 'createTicket', data: { id: '1', title: 'T' } }]);
  });

  it('publishes field names, not the aliases the mutation used', async () => {
    // Prepare
    const { execute, published } = setUp();

    // Act
    await execute({ query: 'mutation { made: createTicket(id: "2", title: "T") { key: id heading: title } }' }, API_KEY, {});

    // Assess
    expect(published).toEqual([{ mutationField: 'createTicket', data: { id: '2', title: 'T' } }]);
  });

  it('publishes only the root fields that succeeded', async () => {
    // Prepare
    const { execute, published } = setUp();

    // Act
    const response = await execute({ query: 'mutation { createTicket(id: "3", title: "T") { id } failTicket(id: "4") { id } }' }, API_KEY, {});

    // Assess
    expect(response.body.errors).toEqual([expect.objectContaining({ errorType: 'Closed', path: ['failTicket'] })]);
    expect(published.map((event) => event.mutationField)).toEqual(['createTicket']);
  });
});

describe('createOperationExecutor: invalidation', () => {
  it('applies the invalidations of mutation response handlers after the request', async () => {
    // Prepare
    const { execute, invalidated } = setUp();

    // Act
    const response = await execute({ query: 'mutation { removeMember(member: "m", groups: ["a", "b"]) }' }, IAM, {});

    // Assess
    expect(response.body).toEqual({ data: { removeMember: true } });
    expect(invalidated).toEqual([
      { subscriptionField: 'onTicket', payload: { member: 'm', group: 'a' } },
      { subscriptionField: 'onTicket', payload: { member: 'm', group: 'b' } },
    ]);
  });

  it('applies 5 distinct invalidations per request and reports the others as an error', async () => {
    // Prepare
    const { execute, invalidated } = setUp();

    // Act
    const response = await execute(
      { query: 'mutation { a: removeMember(member: "m", groups: ["1", "2", "3"]) b: removeMember(member: "m", groups: ["3", "4", "5", "6"]) }' },
      API_KEY,
      {},
    );

    // Assess
    expect(response.body.data).toEqual({ a: true, b: true });
    expect(invalidated.map((invalidation) => (invalidation.payload as { group: string }).group)).toEqual(['1', '2', '3', '4', '5']);
    expect(response.body.errors).toEqual([expect.objectContaining({ errorType: 'LimitExceededError', message: expect.stringContaining('at most 5 times') })]);
  });

  it('keeps the invalidations of concurrent requests apart', async () => {
    // Prepare
    const { execute, invalidated } = setUp();

    // Act
    await Promise.all([
      execute({ query: 'mutation { removeMember(member: "x", groups: ["1", "2", "3"]) }' }, API_KEY, {}),
      execute({ query: 'mutation { removeMember(member: "y", groups: ["1", "2", "3"]) }' }, API_KEY, {}),
    ]);

    // Assess
    expect(invalidated).toHaveLength(6);
  });
});

describe('createOperationExecutor: effects of queries', () => {
  it('ignores invalidateSubscriptions outside mutation resolvers', async () => {
    // Prepare
    const { execute, invalidated } = setUp();

    // Act
    const response = await execute({ query: '{ invalidateFromQuery }' }, API_KEY, {});

    // Assess
    expect(response.body).toEqual({ data: { invalidateFromQuery: true } });
    expect(invalidated).toEqual([]);
  });

  it('hands back the response headers of every field, the last write of a name winning', async () => {
    // Prepare
    const { execute } = setUp();

    // Act
    const response = await execute({ query: '{ a: tag(name: "x-trace", value: "1") b: tag(name: "X-Trace", value: "2") c: tag(name: "x-other", value: "o") }' }, API_KEY, {});

    // Assess
    expect(response.body).toEqual({ data: { a: true, b: true, c: true } });
    expect(response.headers).toEqual({ 'X-Trace': '2', 'x-other': 'o' });
  });

  it('fails the field whose headers would take the request over 4 KB, keeping the earlier ones', async () => {
    // Prepare
    const { execute } = setUp();
    const value = 'v'.repeat(3000);

    // Act
    const response = await execute({ query: `{ a: tag(name: "x-a", value: "${value}") b: tag(name: "x-b", value: "${value}") }` }, API_KEY, {});

    // Assess
    expect(response.body.data).toEqual({ a: true, b: null });
    expect(response.body.errors).toEqual([expect.objectContaining({ path: ['b'], errorType: 'Code', message: 'Error: response headers exceed 4096 bytes' })]);
    expect(response.headers).toEqual({ 'x-a': value });
  });
});

describe('createOperationExecutor: introspection switched off', () => {
  it('refuses a cached introspection document on every request, and only that document', async () => {
    // Prepare
    const { execute } = setUp({ introspection: false });
    const introspect = { query: '{ __schema { queryType { name } } }' };

    // Act
    const first = await execute(introspect, API_KEY, {});
    const plain = await execute({ query: '{ ping __typename }' }, API_KEY, {});
    const again = await execute(introspect, API_KEY, {});

    // Assess
    expect(first.body.data).toBeNull();
    expect(first.body.errors).toHaveLength(1);
    expect(again.body).toEqual(first.body);
    expect(plain.body).toEqual({ data: { ping: null, __typename: 'Query' } });
  });
});
