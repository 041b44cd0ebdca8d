// The per-call state of one handler invocation. The host sets one before a synchronous handler call and
// drops it afterwards; util / extensions / runtime inside the sandbox reach it only through host operations.

import type { AppSyncContext, AppSyncErrorInfo, ContextParts, DiscardedKeys, HandlerName, InvocationOptions, SerializedOutcome } from './types';

export interface InvocationRecord {
  handler: HandlerName;
  /** the ctx as sent into the sandbox */
  parts: ContextParts;
  discard: DiscardedKeys;
  options: InvocationOptions;
  /** Epoch ms after which loop guards stop the handler; null when the vm watchdog (or nothing) limits it. */
  deadline: number | null;
  error?: AppSyncErrorInfo;
  /** For Code errors: the TypeScript position behind the bundle position, via the inline source map. */
  errorSource?: string;
  earlyReturn?: { value: unknown; skipTo?: 'END' | 'NEXT' };
  appendedErrors: AppSyncErrorInfo[];
  subscriptionFilter?: unknown;
  invalidationFilter?: unknown;
  invalidations: { subscriptionField: string; payload: unknown }[];
  responseHeaders: Record<string, string>;
  logs: { level: 'log' | 'error'; message: string }[];
}

export function createInvocationRecord(handler: HandlerName, parts: ContextParts, options: InvocationOptions, discard: DiscardedKeys): InvocationRecord {
  return {
    handler, parts, discard, options, deadline: null,
    appendedErrors: [], invalidations: [], responseHeaders: {}, logs: [],
  };
}

/** host('call.begin')'s answer: the job header, a line break, the parts' texts back to back (see sandbox-prelude.ts). */
export function jobText(record: InvocationRecord): string {
  const keys = Object.keys(record.parts);
  const texts = keys.map((key) => record.parts[key]);
  const header = {
    handler: record.handler,
    argsAlias: !Object.hasOwn(record.parts, 'args'),
    deadline: record.deadline,
    discard: record.discard,
    keys,
    lengths: texts.map((text) => text.length),
  };
  return `${JSON.stringify(header)}\n${texts.join('')}`;
}

/** The parts of a host ctx: each key serialized once (`args` left out while it aliases `arguments`). */
export function partsOf(ctx: AppSyncContext): ContextParts {
  const parts: ContextParts = {};
  const argsAlias = ctx.args === ctx.arguments;
  for (const [key, value] of Object.entries(ctx)) {
    if (argsAlias && key === 'args') continue;
    const json = JSON.stringify(value);
    if (json !== undefined) parts[key] = json;
  }
  return parts;
}

/** ctx.info as sent, for the few host operations that name the field (rare, so parsed on demand). */
export function sentInfo(record: InvocationRecord): AppSyncContext['info'] | undefined {
  const json = record.parts.info;
  return json === undefined ? undefined : (JSON.parse(json) as AppSyncContext['info'] | null) ?? undefined;
}

export function toOutcome(record: InvocationRecord, valueJson: string | undefined): SerializedOutcome {
  const outcome: SerializedOutcome = {
    valueJson: record.error || record.earlyReturn ? undefined : valueJson,
    appendedErrors: record.appendedErrors,
    invalidations: record.invalidations,
    responseHeaders: record.responseHeaders,
    logs: record.logs,
  };
  if (record.earlyReturn) outcome.earlyReturn = record.earlyReturn;
  if (record.error) outcome.error = record.error;
  if (record.errorSource) outcome.errorSource = record.errorSource;
  if (record.subscriptionFilter !== undefined) outcome.subscriptionFilter = record.subscriptionFilter;
  if (record.invalidationFilter !== undefined) outcome.invalidationFilter = record.invalidationFilter;
  return outcome;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes a value the handler left in ctx back into the caller's object, keeping object identity where it can. */
export function syncCtxKey(ctx: AppSyncContext, key: string, value: unknown): void {
  const target = ctx as unknown as Record<string, unknown>;
  const current = target[key];
  if (isPlainObject(current) && isPlainObject(value)) {
    for (const k of Object.keys(current)) if (!Object.hasOwn(value, k)) delete current[k];
    Object.assign(current, value);
  } else {
    target[key] = value;
  }
}
