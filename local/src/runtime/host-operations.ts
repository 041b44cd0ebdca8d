// Host side of util / extensions / runtime / console and the dynamodb module: one entry per operation the
// sandbox may call. Each takes JSON-decoded arguments plus the current invocation record and returns plain
// data, or ABORT after recording why the handler must stop (util.error, unauthorized, earlyReturn).

import { sentInfo, type InvocationRecord } from './invocation-record';
import { dynamodbModule } from './modules/dynamodb-module';
import type { RuntimeDeps } from './runtime-deps';
import type { AuthType } from './types';
import { dynamodbValues } from './util/dynamodb-values';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './util/encoding';
import { toDynamoDBConditionExpression, toDynamoDBFilterExpression } from './util/filter-expression';
import { ksuid, ulid, uuidV4 } from './util/ids';
import { javaMatches } from './util/java-regex';
import { addResponseHeader, copyHeaders } from './util/response-headers';
import { toSubscriptionFilter } from './util/subscription-filter';
import { createTimeUtil } from './util/time';
import { xmlToJsonString, xmlToMap } from './util/xml';

export const ABORT = Symbol('abort');

export type HostOperation = (args: unknown[], call: InvocationRecord) => unknown;

/** Extensions "Extensions" doc page: at most 5 invalidateSubscriptions calls per request. */
export const MAX_INVALIDATIONS = 5;

const AUTH_TYPE_NAMES: Record<AuthType, string> = {
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  AWS_IAM: 'IAM Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  API_KEY: 'API Key Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
};

function errorInfo(args: unknown[]) {
  const [message, errorType, data, info] = args;
  return {
    message: message === undefined || message === null ? '' : String(message),
    errorType: errorType === undefined || errorType === null ? null : String(errorType),
    data: data ?? null,
    errorInfo: info ?? null,
  };
}

class UnsupportedError extends Error {
  constructor(feature: string) {
    super(`${feature} is not supported by the local AppSync runtime`);
    this.name = 'Error';
  }
}

/** Wraps a pure function so it ignores the invocation record. */
function pure(fn: (...args: never[]) => unknown): HostOperation {
  return (args) => (fn as (...a: unknown[]) => unknown)(...args);
}

function prefixed(prefix: string, table: Record<string, unknown>): Record<string, HostOperation> {
  const out: Record<string, HostOperation> = {};
  for (const [name, value] of Object.entries(table)) {
    if (typeof value === 'function') out[`${prefix}.${name}`] = pure(value as (...args: never[]) => unknown);
    else if (typeof value === 'object' && value !== null) Object.assign(out, prefixed(`${prefix}.${name}`, value as Record<string, unknown>));
  }
  return out;
}

export function createHostOperations(deps: RuntimeDeps): Record<string, HostOperation> {
  const unsupported = (feature: string): HostOperation => () => {
    throw new UnsupportedError(feature);
  };
  return {
    'util.autoId': () => uuidV4(deps.randomBytes(16)),
    'util.autoUlid': () => ulid(deps.now(), deps.randomBytes(10)),
    'util.autoKsuid': () => ksuid(deps.now(), deps.randomBytes(16)),
    'util.error': (args, call) => {
      call.error = errorInfo(args);
      return ABORT;
    },
    'util.appendError': (args, call) => {
      call.appendedErrors.push(errorInfo(args));
    },
    'util.unauthorized': (_args, call) => {
      const { fieldName, parentTypeName } = sentInfo(call) ?? { fieldName: '', parentTypeName: '' };
      call.error = {
        message: `Not Authorized to access ${fieldName} on type ${parentTypeName}`,
        errorType: 'Unauthorized',
        data: null,
        errorInfo: null,
      };
      return ABORT;
    },
    'util.authType': (_args, call) => (call.options.authType ? AUTH_TYPE_NAMES[call.options.authType] : null),
    'util.matches': pure(javaMatches),
    'util.base64Encode': pure(base64Encode),
    'util.base64Decode': pure(base64Decode),
    'util.urlEncode': pure(urlEncode),
    'util.urlDecode': pure(urlDecode),
    'util.escapeJavaScript': pure(escapeJavaScript),
    ...prefixed('util.time', createTimeUtil(deps.now)),
    ...prefixed('util.dynamodb', dynamodbValues),
    'util.transform.toDynamoDBFilterExpression': pure(toDynamoDBFilterExpression),
    'util.transform.toDynamoDBConditionExpression': pure(toDynamoDBConditionExpression),
    'util.transform.toSubscriptionFilter': pure(toSubscriptionFilter),
    'util.transform.toElasticsearchQueryDSL': unsupported('util.transform.toElasticsearchQueryDSL'),
    'util.str.normalize': pure((value: string, form: string) => String(value).normalize(String(form ?? 'nfc').toUpperCase() as 'NFC')),
    'util.math.roundNum': pure((x: number) => Math.round(x)),
    'util.math.minVal': pure((a: number, b: number) => Math.min(a, b)),
    'util.math.maxVal': pure((a: number, b: number) => Math.max(a, b)),
    'util.math.randomDouble': () => deps.random(),
    'util.math.randomWithinRange': (args) => {
      const [lo, hi] = args as [number, number];
      return Math.floor(lo + deps.random() * (hi - lo + 1));
    },
    'util.http.copyHeaders': pure(copyHeaders),
    'util.http.addResponseHeader': (args, call) => {
      addResponseHeader(call.responseHeaders, args[0], args[1]);
    },
    'util.http.addResponseHeaders': (args, call) => {
      for (const [name, value] of Object.entries((args[0] ?? {}) as Record<string, unknown>)) {
        addResponseHeader(call.responseHeaders, name, value);
      }
    },
    'util.xml.toMap': pure(xmlToMap),
    'util.xml.toJsonString': pure(xmlToJsonString),
    'extensions.setSubscriptionFilter': (args, call) => {
      call.subscriptionFilter = args[0] ?? null;
    },
    'extensions.setSubscriptionInvalidationFilter': (args, call) => {
      call.invalidationFilter = args[0] ?? null;
    },
    'extensions.invalidateSubscriptions': (args, call) => {
      if (call.invalidations.length >= MAX_INVALIDATIONS) {
        throw new Error(`invalidateSubscriptions can be called at most ${MAX_INVALIDATIONS} times per request`);
      }
      const { subscriptionField, payload } = (args[0] ?? {}) as { subscriptionField?: unknown; payload?: unknown };
      call.invalidations.push({ subscriptionField: String(subscriptionField), payload: payload ?? null });
    },
    // DIVERGENCE: no API cache is emulated, so eviction has nothing to do.
    'extensions.evictFromApiCache': () => undefined,
    'runtime.earlyReturn': (args, call) => {
      const [value, options] = args as [unknown, { skipTo?: 'END' | 'NEXT' } | null | undefined];
      call.earlyReturn = options?.skipTo ? { value: value ?? null, skipTo: options.skipTo } : { value: value ?? null };
      return ABORT;
    },
    'console.log': (args, call) => {
      call.logs.push({ level: 'log', message: String(args[0]) });
    },
    'console.error': (args, call) => {
      call.logs.push({ level: 'error', message: String(args[0]) });
    },
    ...prefixed('ddb', dynamodbModule),
  };
}

export function unsupportedModuleOperation(op: string): HostOperation {
  const feature = op.slice('unsupported.'.length).replace('#', '.');
  return () => {
    throw new UnsupportedError(feature);
  };
}
