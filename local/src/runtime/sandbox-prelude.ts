// Source of the script that runs first inside every resolver context: it builds util / extensions /
// runtime / console and the runtime modules as sandbox-realm objects that talk to the host only in JSON
// strings, removes denied built-ins, freezes the rest, and defines __appsync_invoke, the per-call entry.
// ctx arrives as one JSON text per key and each key is parsed only when the handler first reads it.

/** File name the prelude's frames carry in stack traces, so Code errors can skip them. */
export const PRELUDE_FILE_NAME = 'appsync-runtime.js';

/** The script the host runs (with a timeout) for every handler call. */
export const INVOKE_SOURCE = '__appsync_invoke()';

/**
 * Evaluates to `function setup(host, config)`; setup returns `{ setFactory, cleanGlobals, invoke }`.
 * `host(op, argsJson)` answers JSON: `{"v":value}`, `{"e":[errorName, message]}` or `{"a":1}` (abort).
 * Texts cross in both directions as one string: a JSON header, a line break, then JSON texts back to back,
 * `lengths[i]` long each, so no JSON is nested in a JSON string. `host('call.begin')` answers the header
 * `{handler, argsAlias, deadline, discard, keys, lengths}` and the ctx keys' texts; `__appsync_invoke()`
 * (= invoke) answers `{keys, lengths, aborted, threw, timedOut, hasValue}` with the texts of the ctx keys
 * the handler read (the others are unchanged) and of the value.
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
  const descriptorOf = Object.getOwnPropertyDescriptor;
  const ownSymbols = Object.getOwnPropertySymbols;
  const Visited = Set;
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
  // Freezes through and through: own properties of every kind, accessors and prototypes.
  const hardened = new Visited([g]);
  function harden(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || hardened.has(value)) return;
    hardened.add(value);
    freeze(value);
    harden(protoOf(value));
    for (const key of ownNames(value).concat(ownSymbols(value))) {
      const descriptor = descriptorOf(value, key);
      harden(descriptor.value);
      harden(descriptor.get);
      harden(descriptor.set);
    }
  }

  function describe(e) {
    if (e !== null && typeof e === 'object') return { name: String(e.name), message: String(e.message), stack: String(e.stack) };
    return { name: 'Error', message: String(e), stack: '' };
  }

  let factory = null;
  let baseline = null;

  // The current call: its ctx, the keys' texts, the keys not parsed yet, and whether args aliases arguments.
  let current = null;
  // One accessor pair per key name for this context, reading the current call; the first read (or a
  // write) turns the key into a plain data property, so the handler sees an ordinary object afterwards.
  const accessors = create(null);
  function settle(state, key, value) {
    state.pending[key] = false;
    define(state.ctx, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  }
  function accessorsFor(key) {
    let pair = accessors[key];
    if (!pair) {
      pair = {
        get() {
          const state = current;
          if (!state.pending[key]) return state.ctx[key];
          return settle(state, key, key === 'args' && state.argsAlias ? state.ctx.arguments : parse(state.texts[key]));
        },
        set(value) { settle(current, key, value); },
        enumerable: true,
        configurable: true,
      };
      harden(pair.get);
      harden(pair.set);
      accessors[key] = freeze(pair);
    }
    return pair;
  }

  /** Splits "header, line break, texts" into the header and a key → text table. */
  function unpack(message) {
    const split = message.indexOf('\n');
    const header = parse(message.slice(0, split));
    const texts = create(null);
    let offset = split + 1;
    for (let i = 0; i < header.keys.length; i++) {
      texts[header.keys[i]] = message.slice(offset, offset + header.lengths[i]);
      offset += header.lengths[i];
    }
    return { header, texts };
  }

  // Globals a call added go, globals it replaced or deleted come back.
  function cleanGlobals() {
    for (const name of ownNames(g)) if (!baseline[name]) delete g[name];
    for (const name of keysOf(baseline)) {
      const was = baseline[name];
      const now = descriptorOf(g, name);
      if (!now || now.value !== was.value || now.get !== was.get || now.set !== was.set) define(g, name, was);
    }
  }

  function invoke() {
    const { header: job, texts } = unpack(host('call.begin', '[]'));
    deadline = job.deadline === null ? Infinity : job.deadline;
    ticks = 0;
    const ctx = {};
    const pending = create(null);
    current = { ctx, texts, pending, argsAlias: job.argsAlias };
    for (const key of job.keys) {
      pending[key] = true;
      define(ctx, key, accessorsFor(key));
    }
    if (job.argsAlias) {
      pending.args = true;
      define(ctx, 'args', accessorsFor('args'));
    }
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
      if (config.globalAccess) cleanGlobals();
    }
    const keys = [];
    const lengths = [];
    const out = [];
    if (job.discard !== 'all') {
      for (const key of keysOf(ctx)) {
        if (pending[key] || (job.argsAlias && key === 'args') || job.discard.indexOf(key) !== -1) continue;
        let text;
        try { text = stringify(ctx[key]); } catch (e) { if (!threw) threw = describe(e); continue; }
        if (text === undefined) continue;
        keys.push(key);
        lengths.push(text.length);
        out.push(text);
      }
    }
    let hasValue = false;
    if (!aborted && !threw && value !== undefined) {
      let text;
      try { text = stringify(value); } catch (e) { threw = describe(e); }
      if (text !== undefined && !threw) {
        hasValue = true;
        lengths.push(text.length);
        out.push(text);
      }
    }
    current = null;
    return stringify({ keys, lengths, aborted, threw, timedOut, hasValue }) + '\n' + out.join('');
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
  // Frozen intrinsics and runtime modules: a handler that patches a prototype or a util function must not
  // change the next call's world.
  for (const name of ownNames(g)) harden(g[name]);
  harden(function () {});
  harden(modules);
  harden(console);
  const fixed = { util, extensions, runtime, console, __appsync_invoke: invoke, __appsync_tick: tick };
  for (const name of keysOf(fixed)) define(g, name, { value: fixed[name], writable: false, configurable: false, enumerable: false });
  baseline = create(null);
  for (const name of ownNames(g)) baseline[name] = descriptorOf(g, name);

  return {
    setFactory(fn) { factory = fn; },
    cleanGlobals,
    invoke,
  };
})`;
