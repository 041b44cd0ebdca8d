// The per-call state of one handler invocation. The host sets one before a synchronous handler call and
// drops it afterwards; util / extensions / runtime inside the sandbox reach it only through host operations.

import type { AppSyncContext, AppSyncErrorInfo, HandlerName, HandlerOutcome, InvocationOptions } from './types';

export interface InvocationRecord {
  handler: HandlerName;
  ctx: AppSyncContext;
  options: InvocationOptions;
  /** the ctx as sent into the sandbox, one JSON text per top-level key */
  sentCtx: Record<string, string>;
  argsAlias: boolean;
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

export function createInvocationRecord(handler: HandlerName, ctx: AppSyncContext, options: InvocationOptions): InvocationRecord {
  const sentCtx: Record<string, string> = {};
  const argsAlias = ctx.args === ctx.arguments;
  for (const [key, value] of Object.entries(ctx)) {
    if (argsAlias && key === 'args') continue;
    const json = JSON.stringify(value);
    if (json !== undefined) sentCtx[key] = json;
  }
  return {
    handler, ctx, options, sentCtx, argsAlias, deadline: null,
    appendedErrors: [], invalidations: [], responseHeaders: {}, logs: [],
  };
}

export function ctxJson(record: InvocationRecord): string {
  return `{${Object.entries(record.sentCtx).map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`;
}

export function toOutcome(record: InvocationRecord, value: unknown): HandlerOutcome {
  const outcome: HandlerOutcome = {
    value: record.error || record.earlyReturn ? undefined : value,
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
