import { describe, expect, it, vi } from 'vitest';
import { UnauthorizedError } from './auth-context';
import { createLambdaAuthorizer, type LambdaAuthorizerOptions } from './lambda-authorizer';

const BODY = JSON.stringify({ query: 'query Q($id: ID) { item(id: $id) { id } }', operationName: 'Q', variables: { id: '7' } });

function authorizer(answer: unknown, options: Partial<LambdaAuthorizerOptions> = {}) {
  let clock = 1_000_000;
  const invoke = vi.fn(async (_event: unknown) => (answer instanceof Error ? { ok: false, value: { errorType: 'Error', errorMessage: answer.message } } : { ok: true, value: answer }));
  const subject = createLambdaAuthorizer({ invoke, apiId: 'api123', accountId: '111122223333', now: () => clock, ...options });
  return { subject, invoke, advance: (ms: number) => (clock += ms) };
}

const refusal = { name: 'Error', message: 'You are not authorized to make this call.', errorType: 'UnauthorizedException', status: 401 };

describe('Lambda authorizer: the event', () => {
  it('sends AppSync event shape: token, request context of the operation, request headers', async () => {
    // Prepare
    const { subject, invoke } = authorizer({ isAuthorized: true });
    // Act
    await subject.authorize('token-1', { headers: { authorization: 'token-1', 'x-trace': 'abc', absent: undefined }, body: BODY });
    // Assess
    expect(invoke.mock.calls[0][0]).toEqual({
      authorizationToken: 'token-1',
      requestContext: {
        apiId: 'api123',
        accountId: '111122223333',
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        queryString: 'query Q($id: ID) { item(id: $id) { id } }',
        operationName: 'Q',
        variables: { id: '7' },
      },
      requestHeaders: { authorization: 'token-1', 'x-trace': 'abc' },
    });
  });

  it('sends an empty query for a realtime connection (body {})', async () => {
    // Prepare
    const { subject, invoke } = authorizer({ isAuthorized: true });
    // Act
    await subject.authorize('t', { headers: {}, body: '{}' });
    // Assess
    expect(invoke.mock.calls[0][0]).toMatchObject({ requestContext: { queryString: '', variables: {} } });
    expect((invoke.mock.calls[0][0] as { requestContext: object }).requestContext).not.toHaveProperty('operationName');
  });
});

describe('Lambda authorizer: the answer', () => {
  it('turns an allow into the Lambda identity with resolverContext', async () => {
    // Prepare
    const { subject } = authorizer({ isAuthorized: true, resolverContext: { tenant: 't1' } });
    // Act
    const auth = await subject.authorize('t', { headers: {} });
    // Assess
    expect(auth).toEqual({ mode: 'AWS_LAMBDA', identity: { resolverContext: { tenant: 't1' } } });
  });

  it.each([
    ['a deny', { isAuthorized: false }],
    ['an answer without isAuthorized', { resolverContext: {} }],
    ['a non-boolean isAuthorized', { isAuthorized: 'true' }],
    ['a null answer', null],
    ['a failed or timed-out function', new Error('Task timed out after 10.00 seconds')],
  ])('refuses %s with 401 UnauthorizedException', async (_label, answer) => {
    // Prepare
    const { subject } = authorizer(answer);
    // Act
    const result = subject.authorize('t', { headers: {} });
    // Assess
    await expect(result).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(result).rejects.toMatchObject(refusal);
  });

  it('keeps short and this API’s ARN deniedFields as Type.field, and drops another API’s ARNs', async () => {
    // Prepare
    const { subject } = authorizer({
      isAuthorized: true,
      deniedFields: ['Post.secret', 'arn:aws:appsync:us-east-1:111122223333:apis/api123/types/Query/fields/admin', 'arn:aws:appsync:us-east-1:111122223333:apis/other/types/Post/fields/title', 42],
    });
    // Act
    const auth = await subject.authorize('t', { headers: {} });
    // Assess
    expect([...auth.deniedFields!].sort()).toEqual(['Post.secret', 'Query.admin']);
  });

  it('refuses, without calling the function, a token that fails identityValidationExpression', async () => {
    // Prepare
    const { subject, invoke } = authorizer({ isAuthorized: true }, { identityValidationExpression: 'custom-\\d+' });
    // Act
    const refused = subject.authorize('custom-12x', { headers: {} });
    const allowed = subject.authorize('custom-12', { headers: {} });
    // Assess
    await expect(refused).rejects.toMatchObject(refusal);
    await expect(allowed).resolves.toMatchObject({ mode: 'AWS_LAMBDA' });
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});

describe('Lambda authorizer: caching by token', () => {
  it.each([
    ['no TTL (AWS default 0)', {}, {}, 0, 3],
    ['resultTtlSeconds 60, within it', { resultTtlSeconds: 60 }, {}, 59_000, 1],
    ['resultTtlSeconds 60, past it', { resultTtlSeconds: 60 }, {}, 60_000, 2],
    ['ttlOverride 0 over resultTtlSeconds 60', { resultTtlSeconds: 60 }, { ttlOverride: 0 }, 0, 3],
    ['ttlOverride 5 over no TTL, within it', {}, { ttlOverride: 5 }, 4_000, 1],
  ] as const)('with %s calls the function the expected number of times for three requests', async (_label, options, answer, gap, calls) => {
    // Prepare
    const { subject, invoke, advance } = authorizer({ isAuthorized: true, ...answer }, options);
    // Act
    await subject.authorize('same', { headers: {} });
    await subject.authorize('same', { headers: {} });
    advance(gap);
    await subject.authorize('same', { headers: {} });
    // Assess
    expect(invoke).toHaveBeenCalledTimes(calls);
  });

  it('caches a deny too, and keeps tokens apart', async () => {
    // Prepare
    const { subject, invoke } = authorizer({ isAuthorized: false }, { resultTtlSeconds: 60 });
    // Act
    const outcomes = await Promise.allSettled([subject.authorize('a', { headers: {} })]);
    outcomes.push(...(await Promise.allSettled([subject.authorize('a', { headers: {} }), subject.authorize('b', { headers: {} })])));
    // Assess
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(invoke.mock.calls.map(([event]) => (event as { authorizationToken: string }).authorizationToken)).toEqual(['a', 'b']);
  });

  it('does not cache a failed function', async () => {
    // Prepare
    const { subject, invoke } = authorizer(new Error('boom'), { resultTtlSeconds: 60 });
    // Act
    await Promise.allSettled([subject.authorize('a', { headers: {} })]);
    await Promise.allSettled([subject.authorize('a', { headers: {} })]);
    // Assess
    expect(invoke).toHaveBeenCalledTimes(2);
  });
});
