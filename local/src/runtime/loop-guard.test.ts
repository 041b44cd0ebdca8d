// Loop guards: runaway for-of/for-in loops end with the Code timeout error without a vm watchdog,
// Code error positions stay those of the given file, and dynamic regexes keep the watchdog.
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { loadResolverCode } from './load-resolver-code';
import { planLoopGuards } from './loop-guard';
import type { AppSyncContext } from './types';

const ctx = (): AppSyncContext => ({
  arguments: {},
  args: {},
  identity: null,
  source: null,
  stash: {},
  info: { fieldName: 'f', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
  request: { headers: {}, domainName: null },
  env: {},
});

const module = (body: string) => `export function request(ctx) {\n${body}\n}\nexport function response(ctx) {\nreturn ctx.result;\n}\n`;

describe('planLoopGuards', () => {
  it.each([
    ['for-of with a block', 'for (const x of xs) { f(x); }', false],
    ['for-in without a block', 'for (const k in o) f(k);', false],
    ['a .match call', "s.match('a+');", true],
    ['a RegExp reference', "const r = RegExp('a');", true],
    ['a computed call', 's[name]("a+");', true],
    ['a literal computed call', 's["split"](",");', false],
  ])('plans %s', (_label, code, needsWatchdog) => {
    // Act
    const plan = planLoopGuards(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
    // Assess
    expect(plan.needsWatchdog).toBe(needsWatchdog);
  });
});

describe('loadResolverCode with loop guards', () => {
  it.each([
    ['a block body', 'const xs = [1];\nfor (const x of xs) { xs.push(x); }\nreturn 1;'],
    ['a statement body', 'const xs = [1];\nfor (const x of xs) xs.push(x);\nreturn 1;'],
    ['a callback inside the loop', 'const xs = [1];\nfor (const x of xs) { [x].forEach((y) => xs.push(y)); }\nreturn 1;'],
  ])('stops a runaway loop with %s at the time limit', (_label, body) => {
    // Prepare
    const resolver = loadResolverCode(module(body), 'spin.js');
    // Act
    const outcome = resolver.run('request', ctx(), { authType: null, timeoutMs: 30 });
    // Assess
    expect(outcome.error).toEqual({ message: 'code.js: Execution timed out after 30 ms', errorType: 'Code', data: null, errorInfo: null });
  });

  it('reports Code error columns of the given file, after guards inserted on the same line', () => {
    // Prepare
    const resolver = loadResolverCode(module('for (const x of [1]) { for (const y of [2]) { ctx.nope.deeper; } }'), 'r.js');
    // Act
    const outcome = resolver.run('request', ctx(), { authType: null });
    // Assess
    expect(outcome.error?.message).toBe("code.js:2:56: TypeError: Cannot read properties of undefined (reading 'deeper')");
  });

  it('keeps the vm watchdog for code that can backtrack inside the regex engine', () => {
    // Prepare
    const resolver = loadResolverCode(module("return ('a'.repeat ? '' : 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!').match('^(a+)+$');"), 'regex.js');
    // Act
    const outcome = resolver.run('request', ctx(), { authType: null, timeoutMs: 50 });
    // Assess
    expect(outcome.error?.message).toBe('code.js: Execution timed out after 50 ms');
  });
});
