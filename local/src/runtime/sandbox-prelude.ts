// Source of the script that runs first inside every resolver context: it builds util / extensions /
// runtime / console and the runtime modules as sandbox-realm objects that talk to the host only in JSON
// strings, removes denied built-ins, freezes the rest, and defines __appsync_invoke, the per-call entry.

/** File name the prelude's frames carry in stack traces, so Code errors can skip them. */
export const PRELUDE_FILE_NAME = 'appsync-runtime.js';

/** The script the host runs (with a timeout) for every handler call. */
export const INVOKE_SOURCE = '__appsync_invoke()';

/**
 * Evaluates to `function setup(host, config)`; setup returns `{ setFactory, cleanGlobals }`.
 * `host(op, argsJson)` answers JSON: `{"v":value}`, `{"e":[errorName, message]}` or `{"a":1}` (abort).
 */
export const PRELUDE_SOURCE = String.raw`(function setup(host, config) {
  'use strict';
  const g = globalThis;
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const keysOf = Object.keys;
  const ownNames = Object.getOwnPropertyNames;
  const define = Object.defineProperty;
  const freeze = Object.freeze;
  const create = Object.create;
  const hasOwn = Object.hasOwn;
  const protoOf = Object.getPrototypeOf;
  const ERRORS = { Error, TypeError, RangeError, SyntaxError, ReferenceError, URIError, EvalError };
  // Thrown by util.error / unauthorized / earlyReturn; only this prelude can see it, and user code
  // cannot catch it because try is rejected at load.
  const ABORT = freeze(create(null));
  // Thrown by __appsync_tick once the call's deadline has passed (loop bodies call it; see loop-guard.ts).
  const TIMEOUT = freeze(create(null));
  const now = Date.now;
  let deadline = Infinity;
  let ticks = 0;
  function tick() {
    ticks = (ticks + 1) | 0;
    if ((ticks & 1023) === 0 && now() > deadline) throw TIMEOUT;
  }

  function call(op, args) {
    const reply = parse(host(op, stringify(args)));
    if (reply.a) throw ABORT;
    if (reply.e) throw new (ERRORS[reply.e[0]] || Error)(reply.e[1]);
    return reply.v;
  }

  function bind(op) {
    return function () {
      const args = [];
      for (let i = 0; i < arguments.length; i++) args.push(arguments[i]);
      return call(op, args);
    };
  }

  function tree(prefix) {
    const root = {};
    for (const op of config.ops) {
      if (op.indexOf(prefix + '.') !== 0) continue;
      const path = op.slice(prefix.length + 1).split('.');
      let node = root;
      for (let i = 0; i < path.length - 1; i++) {
        if (!hasOwn(node, path[i])) node[path[i]] = {};
        node = node[path[i]];
      }
      node[path[path.length - 1]] = bind(op);
    }
    return root;
  }

  function text(value) {
    if (typeof value === 'string') return value;
    if (value === undefined) return 'undefined';
    let json;
    try { json = stringify(value); } catch (e) { json = undefined; }
    return json === undefined ? String(value) : json;
  }

  function logger(level) {
    return function () {
      const parts = [];
      for (let i = 0; i < arguments.length; i++) parts.push(text(arguments[i]));
      call('console.' + level, [parts.join(' ')]);
    };
  }

  const util = tree('util');
  const extensions = tree('extensions');
  const runtime = tree('runtime');
  const console = { log: logger('log'), error: logger('error'), info: logger('log'), warn: logger('error'), debug: logger('log') };
  const modules = {
    '@aws-appsync/utils': { util, extensions, runtime },
    '@aws-appsync/utils/dynamodb': tree('ddb'),
  };
  for (const name of keysOf(config.unemulated)) {
    const stubs = {};
    for (const member of config.unemulated[name]) stubs[member] = bind('unsupported.' + name + '#' + member);
    modules[name] = stubs;
  }
  function deepFreeze(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
    freeze(value);
    for (const key of keysOf(value)) deepFreeze(value[key]);
  }
  deepFreeze(modules);
  deepFreeze(console);

  function describe(e) {
    if (e !== null && typeof e === 'object') return { name: String(e.name), message: String(e.message), stack: String(e.stack) };
    return { name: 'Error', message: String(e), stack: '' };
  }

  let factory = null;
  let baseline = null;

  function cleanGlobals() {
    for (const name of ownNames(g)) if (!baseline[name]) delete g[name];
  }

  function invoke() {
    const job = call('call.begin', []);
    deadline = job.deadline === null ? Infinity : job.deadline;
    ticks = 0;
    const ctx = job.ctx;
    if (job.argsAlias) ctx.args = ctx.arguments;
    let value;
    let threw = null;
    let aborted = false;
    let timedOut = false;
    try {
      // A fresh module instance per call: module-level state must not survive into the next call.
      value = factory(modules)[job.handler](ctx);
    } catch (e) {
      if (e === ABORT) aborted = true;
      else if (e === TIMEOUT) timedOut = true;
      else threw = describe(e);
    } finally {
      cleanGlobals();
    }
    const out = { ctx: {}, aborted, threw, timedOut, value: undefined };
    for (const key of keysOf(ctx)) {
      try { out.ctx[key] = stringify(ctx[key]); } catch (e) { if (!out.threw) out.threw = describe(e); }
    }
    if (!aborted && !threw && value !== undefined) {
      try { out.value = stringify(value); } catch (e) { out.threw = describe(e); }
    }
    return stringify(out);
  }

  for (const name of config.deniedGlobals.concat(['console'])) delete g[name];
  for (const path of config.deniedMembers) {
    const parts = path.split('.');
    let owner = g;
    for (let i = 0; i < parts.length - 1; i++) owner = owner[parts[i]];
    const member = parts[parts.length - 1];
    delete owner[member];
    if (owner[member] !== undefined) define(owner, member, { value: undefined, writable: false, configurable: false });
  }
  // Frozen intrinsics: a handler that patches a prototype must not change the next call's world.
  for (const name of ownNames(g)) {
    if (name === 'globalThis') continue;
    const value = g[name];
    if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
      freeze(value);
      if (value.prototype) freeze(value.prototype);
    }
  }
  freeze(protoOf(function () {}));
  const fixed = { util, extensions, runtime, console, __appsync_invoke: invoke, __appsync_tick: tick };
  for (const name of keysOf(fixed)) define(g, name, { value: fixed[name], writable: false, configurable: false, enumerable: false });
  baseline = create(null);
  for (const name of ownNames(g)) baseline[name] = true;

  return {
    setFactory(fn) { factory = fn; },
    cleanGlobals,
  };
})`;
