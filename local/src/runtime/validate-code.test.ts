import { describe, expect, it } from 'vitest';
import { CodeValidationError } from './code-validation-error';
import { MAX_CODE_LENGTH, validateCode } from './validate-code';

const HANDLERS = 'export function request(ctx) { return {}; }\nexport function response(ctx) { return ctx.result; }\n';

function rejection(code: string): string {
  try {
    validateCode(code, 'fn.js');
  } catch (error) {
    expect(error).toBeInstanceOf(CodeValidationError);
    return (error as Error).message;
  }
  throw new Error('expected the code to be rejected');
}

describe('validateCode', () => {
  it.each([
    ['async function', 'async function f() {}', '1:1', 'async'],
    ['async arrow', 'const f = async () => 1;', '1:11', 'async'],
    ['await', 'await 1;', '1:1', 'await'],
    ['new Promise', 'const p = new Promise(() => 1);', '1:11', 'Promise'],
    ['class', 'class A {}', '1:1', 'classes'],
    ['class expression', 'const A = class {};', '1:11', 'classes'],
    ['for(;;)', 'for (let i = 0; i < 1; i += 1) {}', '1:1', 'for(;;)'],
    ['while', 'while (false) {}', '1:1', 'while'],
    ['do-while', 'do {} while (false);', '1:1', 'while'],
    ['continue', 'for (const x of []) { continue; }', '1:23', 'continue'],
    ['label', 'outer: for (const x of []) {}', '1:1', 'labeled'],
    ['this', 'function f() { return this; }', '1:23', 'this'],
    ['try', 'try { f(); } catch (e) {}', '1:1', 'try'],
    ['try/finally', 'try { f(); } finally {}', '1:1', 'try'],
    ['throw', 'function f() { throw 1; }', '1:16', 'throw'],
    ['generator', 'function* g() {}', '1:1', 'generator'],
    ['yield', 'function* g() { yield 1; }', '1:1', 'generator'],
    ['regex literal', 'const r = /a+/g;', '1:11', 'regular expression'],
    ['in operator', "const x = 'a' in {};", '1:11', 'in operator'],
    ['instanceof', 'const x = {} instanceof Object;', '1:11', 'instanceof'],
    ['++', 'let i = 0; i++;', '1:12', '++'],
    ['--', 'let i = 0; --i;', '1:12', '--'],
    ['~', 'const x = ~1;', '1:11', '~'],
    ['dynamic import', "const m = import('x');", '1:11', 'import()'],
    ['direct recursion', 'function f(n) { return f(n); }', '1:24', 'recursion'],
    ['arrow recursion', 'const f = (n) => f(n);', '1:18', 'recursion'],
    ['indirect recursion', 'function a() { return b(); }\nfunction b() { return a(); }', '1:23', 'recursion'],
    ['recursion in a callback', 'function f(xs) { return xs.map((x) => f(x)); }', '1:39', 'recursion'],
  ])('rejects %s with its position', (_name, snippet, position, reason) => {
    // Prepare
    const code = `${HANDLERS}${snippet}\n`;
    const [line, column] = position.split(':').map(Number);

    // Act
    const message = rejection(code);

    // Assess
    expect(message).toContain(`fn.js:${line + 2}:${column}: `);
    expect(message).toContain(reason);
  });

  it.each([
    ['ctx reassigned', 'export function request(ctx) { ctx = {}; return {}; }', '1:32'],
    ['ctx.args reassigned', 'export function request(ctx) { ctx.args = {}; return {}; }', '1:32'],
    ['ctx.stash reassigned via computed key', "export function request(c) { c['stash'] = {}; return {}; }", '1:30'],
    ['top-level ctx property deleted', 'export function request(ctx) { delete ctx.stash; return {}; }', '1:32'],
  ])('rejects %s in a handler', (_name, requestSource, position) => {
    // Prepare
    const code = `${requestSource}\nexport function response(ctx) { return ctx.result; }\n`;

    // Act
    const message = rejection(code);

    // Assess
    expect(message).toContain(`fn.js:${position}: `);
  });

  it.each([
    ['nested stash mutation', 'export function request(ctx) { ctx.stash.x = 1; ctx.args.input.y = 2; return {}; }'],
    ['for-in, for-of and Object.hasOwn', 'export function request(ctx) { for (const k in ctx.args) {} for (const v of []) {} return Object.hasOwn(ctx, "a"); }'],
    ['template literals, spread and optional chaining', 'export function request(ctx) { return { m: `${ctx.args?.a ?? 1}`, ...ctx.stash }; }'],
    ['a helper called twice', 'function h(x) { return x; }\nexport function request(ctx) { return h(h(1)); }'],
  ])('accepts %s', (_name, requestSource) => {
    // Prepare
    const code = `${requestSource}\nexport function response(ctx) { return ctx.result; }\n`;

    // Act
    const act = () => validateCode(code, 'fn.js');

    // Assess
    expect(act).not.toThrow();
  });

  it.each([
    ['an npm package', "import x from 'lodash';", "'lodash' is not allowed", '1:15'],
    ['a relative file', "import { a } from './lib';", "'./lib' is not allowed", '1:19'],
    ['an unknown export of utils', "import { nope } from '@aws-appsync/utils';", "export named 'nope'", '1:10'],
    ['a re-export', "export { a } from './lib';", 're-exporting', '1:1'],
  ])('rejects importing %s', (_name, line, reason, position) => {
    // Prepare
    const code = `${line}\n${HANDLERS}`;

    // Act
    const message = rejection(code);

    // Assess
    expect(message).toContain(`fn.js:${position}: `);
    expect(message).toContain(reason);
  });

  it.each([
    ['@aws-appsync/utils', "import { util, runtime, extensions } from '@aws-appsync/utils';"],
    ['@aws-appsync/utils/dynamodb', "import * as ddb from '@aws-appsync/utils/dynamodb';"],
    ['@aws-appsync/utils/rds', "import { sql } from '@aws-appsync/utils/rds';"],
    ['@aws-appsync/utils/ai', "import { converse } from '@aws-appsync/utils/ai';"],
  ])('accepts importing %s', (_name, line) => {
    // Prepare
    const code = `${line}\n${HANDLERS}`;

    // Act
    const act = () => validateCode(code, 'fn.js');

    // Assess
    expect(act).not.toThrow();
  });

  it.each([['request'], ['response']])('rejects code without a %s export', (handler) => {
    // Prepare
    const code = `export function ${handler === 'request' ? 'response' : 'request'}(ctx) { return 1; }\n`;

    // Act
    const message = rejection(code);

    // Assess
    expect(message).toContain(`fn.js:1:1: the code must export a function named '${handler}'`);
  });

  it('accepts handlers exported through an export list with renames, as esbuild writes them', () => {
    // Prepare
    const code = 'function request2(ctx) { return {}; }\nfunction response(ctx) { return 1; }\nexport {\n  request2 as request,\n  response\n};\n';

    // Act
    const { shape } = validateCode(code, 'fn.js');

    // Assess
    expect(Object.fromEntries(shape.exports)).toEqual({ request: 'request2', response: 'response' });
  });

  it('rejects code longer than AppSync accepts, pointing at the first character too many', () => {
    // Prepare
    const code = `${HANDLERS}//${'x'.repeat(MAX_CODE_LENGTH)}`;

    // Act
    const message = rejection(code);

    // Assess
    expect(message).toMatch(/^fn\.js:3:\d+: the code is \d+ characters long; AppSync accepts at most 32768$/);
  });

  it('reports parse errors with their position', () => {
    // Prepare
    const code = `${HANDLERS}const = 1;\n`;

    // Act
    const message = rejection(code);

    // Assess
    expect(message).toMatch(/^fn\.js:3:7: SyntaxError: /);
  });
});
