// Which built-ins the APPSYNC_JS sandbox must not offer. Paths are removed from each context's own
// realm once, at load; the list mirrors spec §1.4 (eslint no-disallowed-methods) plus the [U] globals.

/** Globals AppSync does not provide ([U] spec §1.1, §1.4: no Map/Set/Symbol/Proxy/Reflect/typed arrays/timers). */
export const DENIED_GLOBALS: readonly string[] = [
  'Promise', 'Proxy', 'Reflect', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry',
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'WebAssembly', 'eval', 'Function',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];

const ARRAY_PROTO = ['copyWithin', 'entries', 'group', 'groupToMap', 'keys', 'toLocaleString', 'toString', 'values'];
const OBJECT_STATIC = [
  'create', 'defineProperties', 'defineProperty', 'freeze', 'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors',
  'getOwnPropertyNames', 'getOwnPropertySymbols', 'getPrototypeOf', 'hasOwnProperty', 'is', 'isExtensible',
  'isFrozen', 'isPrototypeOf', 'isSealed', 'preventExtensions', 'propertyIsEnumerable', 'seal', 'setPrototypeOf',
  'toLocaleString', 'toString', 'valueOf',
];
const STRING_PROTO = [
  'charCodeAt', 'localeCompare', 'matchAll', 'padEnd', 'padStart', 'repeat', 'search', 'toLocaleLowerCase',
  'toLocaleUpperCase', 'valueOf',
];
const DATE_PROTO = [
  'setDate', 'setFullYear', 'setHours', 'setMilliseconds', 'setMinutes', 'setMonth', 'setSeconds', 'setTime',
  'setUTCDate', 'setUTCFullYear', 'setUTCHours', 'setUTCMilliseconds', 'setUTCMinutes', 'setUTCMonth',
  'setUTCSeconds', 'setYear', 'toGMTString', 'toLocaleDateString', 'toLocaleString', 'toLocaleTimeString',
];

/** Dotted paths from the global object; a path that only resolves through inheritance is shadowed with undefined. */
export const DENIED_MEMBERS: readonly string[] = [
  ...ARRAY_PROTO.map((m) => `Array.prototype.${m}`),
  'Array.from',
  'Array.of',
  ...OBJECT_STATIC.map((m) => `Object.${m}`),
  ...STRING_PROTO.map((m) => `String.prototype.${m}`),
  'String.fromCharCode',
  'String.fromCodePoint',
  'String.raw',
  ...DATE_PROTO.map((m) => `Date.prototype.${m}`),
  // Non-deterministic; resolvers must use util.math.randomDouble ([U] spec §1.4).
  'Math.random',
];
