// Lambda data source: Lambda's calling convention in-process, Event and BatchInvoke semantics, errors.
import { describe, expect, it, vi } from 'vitest';
import { DataSourceRequestError } from './data-source';
import { createLambdaDataSource, type LambdaContext } from './lambda';

const field = { typeName: 'Event', fieldName: 'venue' };

describe('createLambdaDataSource: Invoke', () => {
  it('hands the handler a JSON copy of the payload and a Lambda-like context, and returns a JSON copy of its result', async () => {
    // Prepare
    let seen: { event: unknown; context: LambdaContext; remaining: number } | undefined;
    const source = createLambdaDataSource({
      functionName: 'announce',
      timeoutSeconds: 5,
      handler: async (event, context) => {
        seen = { event, context, remaining: context.getRemainingTimeInMillis() };
        return { at: new Date(0), gone: undefined, n: 1 };
      },
    });
    // Act
    const outcome = await source.invoke({ operation: 'Invoke', payload: { when: new Date(0), skip: undefined, list: [1, undefined] } });
    // Assess
    expect(outcome).toEqual({ result: { at: '1970-01-01T00:00:00.000Z', n: 1 } });
    expect(seen!.event).toEqual({ when: '1970-01-01T00:00:00.000Z', list: [1, null] });
    expect(seen!.context).toMatchObject({
      functionName: 'announce',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:announce',
      awsRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(seen!.remaining).toBeGreaterThan(4000);
    expect(seen!.remaining).toBeLessThanOrEqual(5000);
  });

  it.each([
    ['a thrown Error', () => Promise.reject(new TypeError('boom')), 'boom'],
    ['a thrown string', () => Promise.reject('plain'), 'plain'],
    ['a callback error', (_e: unknown, _c: unknown, callback?: (e: unknown) => void) => callback!(new Error('cb')), 'cb'],
  ])('turns %s into ctx.error Lambda:Unhandled', async (_label, handler, message) => {
    // Prepare
    const log = vi.fn();
    const source = createLambdaDataSource({ functionName: 'f', handler, log });
    // Act
    const outcome = await source.invoke({ operation: 'Invoke', payload: {} });
    // Assess
    expect(outcome).toEqual({ error: { type: 'Lambda:Unhandled', message } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(message));
  });

  it('stops waiting after the function timeout, as Lambda would', async () => {
    // Prepare
    const source = createLambdaDataSource({ functionName: 'slow', timeoutSeconds: 0.05, handler: () => new Promise(() => {}) });
    // Act
    const outcome = await source.invoke({ operation: 'Invoke', payload: null });
    // Assess
    expect(outcome.error).toEqual({ type: 'Lambda:Unhandled', message: expect.stringMatching(/ Task timed out after 0\.05 seconds$/) });
  });

  it('sets the function environment before the module loads', async () => {
    // Prepare
    delete process.env.HERALD_LAMBDA_TEST_VAR;
    const source = createLambdaDataSource({
      functionName: 'env',
      environment: { HERALD_LAMBDA_TEST_VAR: 'from-config' },
      load: async () => {
        const atLoad = process.env.HERALD_LAMBDA_TEST_VAR;
        return { handler: async () => atLoad };
      },
    });
    // Act
    const outcome = await source.invoke({ operation: 'Invoke', payload: null });
    // Assess
    expect(outcome).toEqual({ result: 'from-config' });
    delete process.env.HERALD_LAMBDA_TEST_VAR;
  });

  it('loads the handler module once, on first use', async () => {
    // Prepare
    const load = vi.fn(async () => ({ handler: async (event: unknown) => event, other: 1 }));
    const source = createLambdaDataSource({ functionName: 'lazy', load });
    // Act
    const results = await Promise.all([1, 2].map((payload) => source.invoke({ operation: 'Invoke', payload })));
    // Assess
    expect(results).toEqual([{ result: 1 }, { result: 2 }]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a module without the handler export', async () => {
    // Prepare
    const source = createLambdaDataSource({ functionName: 'broken', load: async () => ({ main: () => 1 }) });
    // Act
    const outcome = await source.invoke({ operation: 'Invoke', payload: null });
    // Assess
    expect(outcome).toEqual({ error: { type: 'Lambda:Unhandled', message: 'handler is undefined or not exported' } });
  });

  it.each([
    [{ payload: 1 }, "Value for field '$[operation]' not found."],
    [{ operation: 'Call' }, "Unsupported operation 'Call'."],
  ])('refuses the request %j before invoking', async (request, message) => {
    // Prepare
    const handler = vi.fn();
    const source = createLambdaDataSource({ functionName: 'f', handler });
    // Act
    const outcome = source.invoke(request);
    // Assess
    await expect(outcome).rejects.toThrow(new DataSourceRequestError(message));
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('createLambdaDataSource: invocationType Event', () => {
  it('answers null at once, runs the handler in the background and only logs its failure', async () => {
    // Prepare
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const log = vi.fn();
    const source = createLambdaDataSource({
      functionName: 'mailer',
      log,
      handler: async () => {
        await gate;
        throw new Error('smtp down');
      },
    });
    // Act
    const outcome = await source.invoke({ operation: 'Invoke', invocationType: 'Event', payload: {} });
    release();
    await source.idle();
    // Assess
    expect(outcome).toEqual({ result: null });
    expect(log).toHaveBeenCalledWith('[lambda:mailer] Error: smtp down');
  });
});

describe('createLambdaDataSource: BatchInvoke', () => {
  it('groups calls for one field made in the same tick into batches of maxBatchSize, results in order', async () => {
    // Prepare
    const events: unknown[] = [];
    const source = createLambdaDataSource({
      functionName: 'venues',
      handler: async (event) => {
        events.push(event);
        return (event as number[]).map((id) => ({ id, name: `venue ${id}` }));
      },
    });
    // Act
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((id) => source.invoke({ operation: 'BatchInvoke', payload: id }, { ...field, maxBatchSize: 2 })));
    // Assess
    expect(events).toEqual([[1, 2], [3, 4], [5]]);
    expect(outcomes.map((outcome) => outcome.result)).toEqual([1, 2, 3, 4, 5].map((id) => ({ id, name: `venue ${id}` })));
  });

  it('keeps fields apart and sends a batch of one when no batch size is set', async () => {
    // Prepare
    const events: unknown[] = [];
    const source = createLambdaDataSource({ functionName: 'f', handler: async (event) => (events.push(event), (event as unknown[]).map(() => 'ok')) });
    // Act
    await Promise.all([
      source.invoke({ operation: 'BatchInvoke', payload: 'a' }, field),
      source.invoke({ operation: 'BatchInvoke', payload: 'b' }, field),
      source.invoke({ operation: 'BatchInvoke', payload: 'c' }, { typeName: 'Event', fieldName: 'host', maxBatchSize: 5 }),
    ]);
    // Assess
    expect(events).toEqual([['a'], ['b'], ['c']]);
  });

  it('fails single items that come back as {data, errorMessage, errorType}', async () => {
    // Prepare
    const source = createLambdaDataSource({
      functionName: 'f',
      handler: async () => [{ data: { ok: 1 } }, { data: null, errorMessage: 'no venue', errorType: 'NotFound' }, { id: 3 }],
    });
    // Act
    const outcomes = await Promise.all([1, 2, 3].map((payload) => source.invoke({ operation: 'BatchInvoke', payload }, { ...field, maxBatchSize: 10 })));
    // Assess
    expect(outcomes).toEqual([{ result: { data: { ok: 1 } } }, { result: null, error: { type: 'NotFound', message: 'no venue' } }, { result: { id: 3 } }]);
  });

  it.each([
    ['a list of the wrong length', async () => [1], /returned 1 results for 2 payloads/],
    ['a thrown error', async () => Promise.reject(new Error('down')), /^down$/],
  ])('fails every item of the batch on %s', async (_label, handler, message) => {
    // Prepare
    const source = createLambdaDataSource({ functionName: 'f', handler });
    // Act
    const outcomes = await Promise.all([1, 2].map((payload) => source.invoke({ operation: 'BatchInvoke', payload }, { ...field, maxBatchSize: 2 })));
    // Assess
    for (const outcome of outcomes) {
      expect(outcome.error).toEqual({ type: 'Lambda:Unhandled', message: expect.stringMatching(message) });
    }
  });
});
