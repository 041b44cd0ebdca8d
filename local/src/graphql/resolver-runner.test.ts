// Unit and pipeline runs over inline APPSYNC_JS code: ctx threaded between handlers as JSON parts (stash,
// prev, result only where AppSync has them), early returns, data source errors, and plain host values out.
import { describe, expect, it } from 'vitest';
import type { DataSource } from '../datasources/data-source';
import { createNoneDataSource } from '../datasources/none';
import { loadResolverCode, type ResolverCode } from '../runtime';
import { createResolverRunner, type FieldCall, type LoadedPipeline, type LoadedUnit } from './resolver-runner';

function code(name: string, request: string, response: string): ResolverCode {
  return loadResolverCode(`import { util, runtime } from '@aws-appsync/utils';\nexport function request(ctx) {\n${request}\n}\nexport function response(ctx) {\n${response}\n}\n`, name);
}

function unit(request: string, response: string, dataSource = 'NONE'): LoadedUnit {
  const unitCode = code('unit.js', request, response);
  return { spec: { kind: 'UNIT', typeName: 'Query', fieldName: 'f', dataSource, code: { sourceFile: 'unit.ts', bundleFile: 'unit.js', code: '' } }, code: unitCode };
}

function pipeline(before: string, after: string, functions: [string, string][]): LoadedPipeline {
  return {
    spec: { kind: 'PIPELINE', typeName: 'Query', fieldName: 'f', code: { sourceFile: 'index.ts', bundleFile: 'index.js', code: '' }, functions: [] },
    code: code('index.js', before, after),
    functions: functions.map(([request, response], index) => ({ dataSource: 'NONE', code: code(`${index + 1}.fn.js`, request, response) })),
  };
}

function call(args: Record<string, unknown> = {}): FieldCall {
  return {
    typeName: 'Query', fieldName: 'f', args, source: null, identity: { sub: 'u1' }, authType: 'AMAZON_COGNITO_USER_POOLS',
    variables: {}, selectionSetList: ['id'], selectionSetGraphQL: '{\n  id\n}', headers: { 'x-h': '1' },
  };
}

const run = createResolverRunner({ dataSources: { NONE: createNoneDataSource() }, env: { STAGE: 'test' } });

describe('createResolverRunner: pipelines', () => {
  it('threads stash and prev through the functions, result only into response handlers', async () => {
    // Prepare
    const resolver = pipeline("ctx.stash.trail = ['before:' + ctx.args.n];\nreturn { n: ctx.args.n };", 'return { trail: ctx.stash.trail, result: ctx.result, prev: ctx.prev.result, env: ctx.env.STAGE };', [
      ["ctx.stash.trail.push('1:' + JSON.stringify(ctx.prev.result) + ':' + (ctx.result === undefined));\nreturn { payload: { from: 1 } };", "ctx.stash.trail.push('1r:' + ctx.result.from);\nctx.result.from = 'changed';\nreturn { step: 1 };"],
      ["ctx.stash.trail.push('2:' + JSON.stringify(ctx.prev.result) + ':' + (ctx.result === undefined));\nreturn { payload: 'two' };", 'return ctx.result;'],
    ]);

    // Act
    const outcome = await run(resolver, call({ n: 7 }));

    // Assess
    expect(outcome.value).toEqual({ trail: ['before:7', '1:{"n":7}:true', '1r:1', '2:{"step":1}:true'], result: 'two', prev: 'two', env: 'test' });
    expect(Object.getPrototypeOf(outcome.value)).toBe(Object.prototype);
  });

  it.each([
    ["skipTo END from a function's request", 'return {};', [["runtime.earlyReturn({ early: 1 }, { skipTo: 'END' });", 'return null;'], ["ctx.stash.ran = true;\nreturn { payload: 2 };", 'return ctx.result;']], { result: { early: 1 }, ran: false }],
    ["skipTo NEXT from a function's request", 'return {};', [["runtime.earlyReturn({ early: 1 }, { skipTo: 'NEXT' });", 'return null;'], ["ctx.stash.ran = ctx.prev.result.early;\nreturn { payload: 2 };", 'return ctx.result;']], { result: 2, ran: 1 }],
    ['an early return from the before handler', 'runtime.earlyReturn({ early: 0 });', [["ctx.stash.ran = true;\nreturn { payload: 2 };", 'return ctx.result;']], { result: { early: 0 }, ran: false }],
  ] as [string, string, [string, string][], unknown][])('hands the after handler the early value on %s', async (_name, before, functions, expected) => {
    // Prepare
    const resolver = pipeline(before, 'return { result: ctx.result, ran: ctx.stash.ran === undefined ? false : ctx.stash.ran };', functions);

    // Act
    const outcome = await run(resolver, call());

    // Assess
    expect(outcome.value).toEqual(expected);
  });
});

describe('createResolverRunner: unit resolvers', () => {
  it('sends the data source a plain host request and gives the response its result or error', async () => {
    // Prepare
    const requests: unknown[] = [];
    const failing: DataSource = {
      async invoke(request) {
        requests.push(request);
        return { result: { partial: true }, error: { message: 'Throttled', type: 'DynamoDB:ThrottlingException' } };
      },
    };
    const runner = createResolverRunner({ dataSources: { failing }, env: {} });
    const resolver = unit("util.appendError('note');\nreturn { operation: 'GetItem', key: { id: ctx.args.id } };", 'return { error: ctx.error, result: ctx.result, sub: ctx.identity.sub };', 'failing');

    // Act
    const outcome = await runner(resolver, call({ id: 'a' }));

    // Assess
    expect(requests).toEqual([{ operation: 'GetItem', key: { id: 'a' } }]);
    expect(Object.getPrototypeOf(requests[0])).toBe(Object.prototype);
    expect(outcome.value).toEqual({ error: { message: 'Throttled', type: 'DynamoDB:ThrottlingException' }, result: { partial: true }, sub: 'u1' });
    expect(outcome.appendedErrors).toEqual([{ message: 'note', errorType: null, data: null, errorInfo: null }]);
  });

  it('keeps the calls of one resolver apart: a stash filled by one call is empty in the next', async () => {
    // Prepare
    const resolver = unit('const seen = ctx.stash.seen === undefined ? null : ctx.stash.seen;\nctx.stash.seen = ctx.args.id;\nreturn { payload: seen };', 'return [ctx.result, ctx.stash.seen];');

    // Act
    const first = await run(resolver, call({ id: 'a' }));
    const second = await run(resolver, call({ id: 'b' }));

    // Assess
    expect([first.value, second.value]).toEqual([[null, 'a'], [null, 'b']]);
  });
});
