import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadResolverCode } from './load-resolver-code';
import type { RuntimeDeps } from './runtime-deps';
import type { AppSyncContext, ContextParts, InvocationOptions } from './types';

const API_KEY: InvocationOptions = { authType: 'API_KEY' };
const FIXED_DEPS: RuntimeDeps = {
  now: () => Date.UTC(2018, 1, 6, 19, 1, 35, 749),
  randomBytes: (size) => new Uint8Array(size).fill(7),
  random: () => 0.5,
};

function context(overrides: Partial<AppSyncContext> = {}): AppSyncContext {
  const args = (overrides.arguments ?? {}) as Record<string, unknown>;
  return {
    identity: null,
    source: null,
    stash: {},
    info: { fieldName: 'getEvent', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
    request: { headers: {}, domainName: null },
    env: {},
    ...overrides,
    arguments: args,
    args,
  };
}

function handlers(requestBody: string, responseBody = 'return ctx.result;', header = ''): string {
  return `import { util, runtime, extensions } from '@aws-appsync/utils';\n${header}export function request(ctx) {\n${requestBody}\n}\nexport function response(ctx) {\n${responseBody}\n}\n`;
}

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, loader: 'ts', resolveDir: process.cwd(), sourcefile: 'resolver.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    external: ['@aws-appsync/*'],
    write: false,
    sourcemap: 'inline',
    sourcesContent: false,
  });
  return result.outputFiles[0].text;
}

describe('loadResolverCode', () => {
  it('runs an esbuild bundle of a TypeScript resolver with the dynamodb module', async () => {
    // Prepare
    const code = await bundle(`
      import { util, Context } from '@aws-appsync/utils';
      import * as ddb from '@aws-appsync/utils/dynamodb';
      const keyOf = (id: string) => ({ id });
      export function request(ctx: Context<{ id: string }>) {
        return ddb.get({ key: keyOf(ctx.args.id) });
      }
      export function response(ctx: Context) {
        if (ctx.error) util.error(ctx.error.message, ctx.error.type);
        return ctx.result;
      }`);
    const resolver = loadResolverCode(code, 'Query.getEvent.js');

    // Act
    const outcome = resolver.run('request', context({ arguments: { id: 'e1' } }), API_KEY);

    // Assess
    expect(outcome.value).toEqual({ operation: 'GetItem', key: { id: { S: 'e1' } } });
    expect(outcome.error).toBeUndefined();
  });

  it('mutates the caller ctx in place: stash and nested arguments, keeping args === arguments', () => {
    // Prepare
    const resolver = loadResolverCode(handlers('ctx.stash.seen = true; ctx.args.input.n = 2; return null;'), 'r.js');
    const ctx = context({ arguments: { input: { n: 1 } } });
    const stash = ctx.stash;

    // Act
    resolver.run('request', ctx, API_KEY);

    // Assess
    expect(ctx.stash).toBe(stash);
    expect(stash).toEqual({ seen: true });
    expect(ctx.arguments).toEqual({ input: { n: 2 } });
    expect(ctx.args).toBe(ctx.arguments);
  });

  it('hands back plain host-realm data', () => {
    // Prepare
    const resolver = loadResolverCode(handlers('return { list: [1, { a: "b" }], when: new Date(0), skip: undefined };'), 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(Object.getPrototypeOf(outcome.value)).toBe(Object.prototype);
    expect(Array.isArray((outcome.value as { list: unknown }).list)).toBe(true);
    expect(outcome.value).toStrictEqual({ list: [1, { a: 'b' }], when: '1970-01-01T00:00:00.000Z' });
  });

  it.each([
    ['util.error with all arguments', "util.error('boom', 'Custom', { a: 1 }, { hint: 'x' });", { message: 'boom', errorType: 'Custom', data: { a: 1 }, errorInfo: { hint: 'x' } }],
    ['util.error with a message only', "util.error('boom');", { message: 'boom', errorType: null, data: null, errorInfo: null }],
    ['util.unauthorized', 'util.unauthorized();', { message: 'Not Authorized to access getEvent on type Query', errorType: 'Unauthorized', data: null, errorInfo: null }],
  ])('aborts the handler on %s', (_name, statement, expected) => {
    // Prepare
    const resolver = loadResolverCode(handlers(`ctx.stash.before = 1;\n${statement}\nctx.stash.after = 1;\nreturn 'unreached';`), 'r.js');
    const ctx = context();

    // Act
    const outcome = resolver.run('request', ctx, API_KEY);

    // Assess
    expect(outcome.error).toEqual(expected);
    expect(outcome.value).toBeUndefined();
    expect(ctx.stash).toEqual({ before: 1 });
  });

  it('records appendError calls and keeps the returned value', () => {
    // Prepare
    const resolver = loadResolverCode(handlers("util.appendError('one', 'A'); util.appendError('two'); return 42;"), 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.value).toBe(42);
    expect(outcome.appendedErrors).toEqual([
      { message: 'one', errorType: 'A', data: null, errorInfo: null },
      { message: 'two', errorType: null, data: null, errorInfo: null },
    ]);
  });

  it.each([
    ['without options', "runtime.earlyReturn({ id: 1 });", { value: { id: 1 } }],
    ['with skipTo', "runtime.earlyReturn({ id: 1 }, { skipTo: 'NEXT' });", { value: { id: 1 }, skipTo: 'NEXT' }],
  ])('turns runtime.earlyReturn %s into outcome.earlyReturn', (_name, statement, expected) => {
    // Prepare
    const resolver = loadResolverCode(handlers(`ctx.stash.kept = true;\n${statement}\nreturn 'unreached';`), 'r.js');
    const ctx = context();

    // Act
    const outcome = resolver.run('request', ctx, API_KEY);

    // Assess
    expect(outcome.earlyReturn).toEqual(expected);
    expect(outcome.value).toBeUndefined();
    expect(outcome.error).toBeUndefined();
    expect(ctx.stash).toEqual({ kept: true });
  });

  it('reports an uncaught exception as a Code error positioned in the given file', async () => {
    // Prepare
    const code = await bundle(`
      import { util } from '@aws-appsync/utils';
      export function request(ctx) {
        return ctx.args.missing.deep;
      }
      export function response(ctx) { return ctx.result; }`);
    const line = code.split('\n').findIndex((l) => l.includes('missing.deep')) + 1;
    const column = code.split('\n')[line - 1].indexOf('deep') + 1;
    const resolver = loadResolverCode(code, 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.error).toEqual({
      message: `code.js:${line}:${column}: TypeError: Cannot read properties of undefined (reading 'deep')`,
      errorType: 'Code',
      data: null,
      errorInfo: null,
    });
  });

  it('positions a Code error on the first line despite the wrapper and rewritten imports', () => {
    // Prepare
    const code = "import { util } from '@aws-appsync/utils'; export function request(ctx) { return util.nope(); }\nexport function response(ctx) { return 1; }\n";
    const resolver = loadResolverCode(code, 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.error?.message).toBe(`code.js:1:${code.indexOf('nope') + 1}: TypeError: util.nope is not a function`);
  });

  it('reports a util misuse as a Code error at the calling line', () => {
    // Prepare
    const resolver = loadResolverCode(handlers("return util.time.nowFormatted('yyyy-MM-dd', 'Not/AZone');"), 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.error?.errorType).toBe('Code');
    expect(outcome.error?.message).toMatch(/^code\.js:3:\d+: RangeError: /);
  });

  it('never lets an error, early return or module state of one call leak into the next', () => {
    // Prepare
    const resolver = loadResolverCode(
      handlers(
        "const leaked = typeof leak; counter.n += 1; globalThis.leak = 1;\nif (ctx.args.mode === 'error') util.error('bad');\nif (ctx.args.mode === 'early') runtime.earlyReturn(1);\nutil.appendError('x'); console.log('call'); util.http.addResponseHeader('x-h', ctx.args.mode);\nreturn { n: counter.n, leaked };",
        'return ctx.result;',
        'const counter = { n: 0 };\n',
      ),
      'r.js',
    );

    // Act
    const first = resolver.run('request', context({ arguments: { mode: 'error' } }), API_KEY);
    const second = resolver.run('request', context({ arguments: { mode: 'early' } }), API_KEY);
    const third = resolver.run('request', context({ arguments: { mode: 'plain' } }), API_KEY);

    // Assess
    expect(first.error?.message).toBe('bad');
    expect(second.error).toBeUndefined();
    expect(second.earlyReturn).toEqual({ value: 1 });
    expect(third).toEqual({
      value: { n: 1, leaked: 'undefined' },
      appendedErrors: [{ message: 'x', errorType: null, data: null, errorInfo: null }],
      invalidations: [],
      responseHeaders: { 'x-h': 'plain' },
      logs: [{ level: 'log', message: 'call' }],
    });
  });

  it('stops a runaway handler at the time limit and stays usable afterwards', () => {
    // Prepare
    const resolver = loadResolverCode(
      handlers("if (ctx.args.spin) { const xs = [1]; for (const x of xs) { xs.push(x); } }\nreturn 'done';"),
      'r.js',
    );

    // Act
    const spun = resolver.run('request', context({ arguments: { spin: true } }), { authType: null, timeoutMs: 50 });
    const after = resolver.run('request', context(), API_KEY);

    // Assess
    expect(spun.error).toEqual({ message: 'code.js: Execution timed out after 50 ms', errorType: 'Code', data: null, errorInfo: null });
    expect(after.value).toBe('done');
  });

  it.each([
    ['process', 'typeof process'],
    ['require', 'typeof require'],
    ['Buffer', 'typeof Buffer'],
    ['fetch', 'typeof fetch'],
    ['setTimeout', 'typeof setTimeout'],
    ['Promise', 'typeof Promise'],
    ['Map', 'typeof Map'],
    ['Math.random', 'typeof Math.random'],
    ['String.prototype.padStart', "typeof ''.padStart"],
    ['Object.freeze', 'typeof Object.freeze'],
    ['Array.from', 'typeof Array.from'],
    ['Array.prototype.keys', 'typeof [].keys'],
    ['Date.prototype.setFullYear', 'typeof new Date().setFullYear'],
    ['Object.hasOwnProperty (static)', 'typeof Object.hasOwnProperty'],
  ])('does not offer %s', (_name, expression) => {
    // Prepare
    const resolver = loadResolverCode(handlers(`return ${expression};`), 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.value).toBe('undefined');
  });

  it.each([
    ['util as a global', "typeof util.autoId === 'function'"],
    ['runtime and extensions as globals', "typeof runtime.earlyReturn === 'function' && typeof extensions.setSubscriptionFilter === 'function'"],
    ['supported built-ins', "[1, 2].map((x) => x * 2).join(',') === '2,4' && Object.hasOwn({ a: 1 }, 'a') && JSON.stringify(Object.entries({ a: 1 })) === '[[\"a\",1]]'"],
  ])('offers %s', (_name, expression) => {
    // Prepare
    const code = `export function request(ctx) { return ${expression}; }\nexport function response(ctx) { return 1; }\n`;
    const resolver = loadResolverCode(code, 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.value).toBe(true);
  });

  it.each([
    ['a built-in below the global scope (Intl)', "if (ctx.args.patch) { Intl.DateTimeFormat.prototype.leak = 1; }\nreturn typeof Intl.DateTimeFormat.prototype.leak;", 'undefined'],
    ["a util function's prototype", "if (ctx.args.patch) { util.autoId.prototype.leak = 1; }\nreturn typeof util.autoId.prototype.leak;", 'undefined'],
    ['a replaced global', "if (ctx.args.patch) { globalThis.Math = { max: () => 42 }; }\nreturn Math.max(1, 2);", 2],
    ['a deleted global', "if (ctx.args.patch) { delete globalThis.JSON; }\nreturn typeof JSON;", 'object'],
  ])('keeps %s from reaching later calls', (_name, body, expected) => {
    // Prepare
    const resolver = loadResolverCode(handlers(body), 'r.js');

    // Act
    resolver.run('request', context({ arguments: { patch: true } }), API_KEY);
    const later = resolver.run('request', context(), API_KEY);

    // Assess
    expect(later.error).toBeUndefined();
    expect(later.value).toBe(expected);
  });

  it('keeps a patched prototype from reaching later calls', () => {
    // Prepare
    const resolver = loadResolverCode(handlers("if (ctx.args.patch) { Array.prototype.map = null; }\nreturn typeof [].map;"), 'r.js');

    // Act
    const patched = resolver.run('request', context({ arguments: { patch: true } }), API_KEY);
    const later = resolver.run('request', context(), API_KEY);

    // Assess
    expect(patched.error?.errorType).toBe('Code');
    expect(later.value).toBe('function');
  });

  it.each([
    ['API_KEY', 'API Key Authorization'],
    ['AMAZON_COGNITO_USER_POOLS', 'User Pool Authorization'],
    ['AWS_IAM', 'IAM Authorization'],
    ['OPENID_CONNECT', 'Open ID Connect Authorization'],
    ['AWS_LAMBDA', 'Lambda Authorization'],
  ] as const)('answers util.authType() for %s', (authType, expected) => {
    // Prepare
    const resolver = loadResolverCode(handlers('return util.authType();'), 'r.js');

    // Act
    const outcome = resolver.run('request', context(), { authType });

    // Assess
    expect(outcome.value).toBe(expected);
  });

  it('collects subscription filters, invalidations and logs from extensions and console', () => {
    // Prepare
    const resolver = loadResolverCode(
      handlers(
        "extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ id: { eq: 'a' } }));\nextensions.setSubscriptionInvalidationFilter({ filterGroup: [] });\nextensions.invalidateSubscriptions({ subscriptionField: 'onEvent', payload: { id: 'a' } });\nconsole.error('oops', 1);\nreturn null;",
      ),
      'r.js',
    );

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.subscriptionFilter).toEqual({ filterGroup: [{ filters: [{ fieldName: 'id', operator: 'eq', value: 'a' }] }] });
    expect(outcome.invalidationFilter).toEqual({ filterGroup: [] });
    expect(outcome.invalidations).toEqual([{ subscriptionField: 'onEvent', payload: { id: 'a' } }]);
    expect(outcome.logs).toEqual([{ level: 'error', message: 'oops 1' }]);
  });

  it('refuses a sixth invalidateSubscriptions call', () => {
    // Prepare
    const calls = "extensions.invalidateSubscriptions({ subscriptionField: 'f', payload: {} });\n".repeat(6);
    const resolver = loadResolverCode(handlers(`${calls}return null;`), 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.error?.errorType).toBe('Code');
    expect(outcome.error?.message).toMatch(/^code\.js:8:\d+: Error: invalidateSubscriptions can be called at most 5 times/);
    expect(outcome.invalidations).toHaveLength(5);
  });

  it('reports calls into unemulated runtime modules as unsupported', () => {
    // Prepare
    const resolver = loadResolverCode(handlers('return sql`x`;', 'return 1;', "import { sql } from '@aws-appsync/utils/rds';\n"), 'r.js');

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.error?.message).toContain('@aws-appsync/utils/rds.sql is not supported by the local AppSync runtime');
  });

  it('loads the same code twice into independent resolvers', () => {
    // Prepare
    const code = handlers('ctx.stash.n = (ctx.stash.n ?? 0) + 1; return ctx.stash.n;');

    // Act
    const a = loadResolverCode(code, 'a.js');
    const b = loadResolverCode(code, 'b.js');
    const fromA = a.run('request', context({ stash: { n: 10 } }), API_KEY);
    const fromB = b.run('request', context(), API_KEY);

    // Assess
    expect([a.fileName, b.fileName]).toEqual(['a.js', 'b.js']);
    expect([fromA.value, fromB.value]).toEqual([11, 1]);
  });

  it('uses the injected clock and randomness for time and ids', () => {
    // Prepare
    const resolver = loadResolverCode(
      handlers('return [util.time.nowISO8601(), util.time.nowEpochSeconds(), util.autoId(), util.autoUlid().length, util.autoKsuid().length, util.math.randomDouble()];'),
      'r.js',
      FIXED_DEPS,
    );

    // Act
    const outcome = resolver.run('request', context(), API_KEY);

    // Assess
    expect(outcome.value).toEqual(['2018-02-06T19:01:35.749Z', 1517943695, '07070707-0707-4707-8707-070707070707', 26, 27, 0.5]);
  });
});

describe('ResolverCode.runSerialized', () => {
  // Unread parts keep their exact text: the extra spaces would be gone had the sandbox re-serialized them.
  function parts(): ContextParts {
    return {
      arguments: '{"x":1}',
      identity: 'null',
      source: 'null',
      stash: '{ "kept" : true }',
      info: '{ "fieldName" : "f", "parentTypeName" : "Query" }',
      request: '{"headers":{},"domainName":null}',
      env: '{ }',
    };
  }

  it('hands back the keys the handler read, as JSON, and leaves the others as they were sent', () => {
    // Prepare
    const resolver = loadResolverCode(handlers('ctx.stash.n = ctx.args.x + 1;\nreturn { ok: true };'), 'r.js');
    const sent = parts();

    // Act
    const outcome = resolver.runSerialized('request', sent, API_KEY);

    // Assess
    expect(outcome.valueJson).toBe('{"ok":true}');
    expect(sent).toEqual({ ...parts(), arguments: '{"x":1}', stash: '{"kept":true,"n":2}' });
  });

  it.each([
    ['every key', 'all' as const, {}],
    ['the named keys only', ['stash'], { arguments: '{"x":2}' }],
  ])('does not hand back %s it is told to discard', (_name, discard, changed) => {
    // Prepare
    const resolver = loadResolverCode(handlers('ctx.stash.n = 1; ctx.args.x = 2;\nreturn null;'), 'r.js');
    const sent = parts();

    // Act
    const outcome = resolver.runSerialized('request', sent, API_KEY, discard);

    // Assess
    expect(outcome.valueJson).toBe('null');
    expect(sent).toEqual({ ...parts(), ...changed });
  });

  it('shows the handler an ordinary ctx: every key, in order, args aliasing arguments', () => {
    // Prepare
    const resolver = loadResolverCode(handlers('return [Object.keys(ctx), ctx.args === ctx.arguments, JSON.parse(JSON.stringify(ctx)).info.fieldName, { ...ctx }.env];'), 'r.js');

    // Act
    const outcome = resolver.runSerialized('request', parts(), API_KEY);

    // Assess
    expect(JSON.parse(outcome.valueJson!)).toEqual([['arguments', 'identity', 'source', 'stash', 'info', 'request', 'env', 'args'], true, 'f', {}]);
  });

  it('gives each call its own copy of the parts, whatever the previous call did to its ctx', () => {
    // Prepare
    const resolver = loadResolverCode(handlers('const seen = ctx.stash.kept;\nctx.stash.kept = false;\nreturn seen;'), 'r.js');

    // Act
    const first = resolver.runSerialized('request', parts(), API_KEY, 'all');
    const second = resolver.runSerialized('request', parts(), API_KEY, 'all');

    // Assess
    expect([first.valueJson, second.valueJson]).toEqual(['true', 'true']);
  });
});
