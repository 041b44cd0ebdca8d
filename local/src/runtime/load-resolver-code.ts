// loadResolverCode: validates a bundled APPSYNC_JS file once, compiles it into its own vm context with the
// prelude, and returns a ResolverCode whose run() / runSerialized() invoke request/response with per-call
// state only.

import vm from 'node:vm';
import { sourceLocatorFor } from './bundle-source-map';
import { codeError, codePosition, CODE_FILE_NAME, type ThrownError } from './code-error';
import { ABORT, createHostOperations, unsupportedModuleOperation, type HostOperation } from './host-operations';
import { DENIED_GLOBALS, DENIED_MEMBERS } from './intrinsics-policy';
import { namesGlobalObject } from './global-access';
import { createInvocationRecord, jobText, partsOf, syncCtxKey, toOutcome, type InvocationRecord } from './invocation-record';
import { planLoopGuards } from './loop-guard';
import { rewriteModule } from './rewrite-module';
import { defaultRuntimeDeps, type RuntimeDeps } from './runtime-deps';
import { INVOKE_SOURCE, PRELUDE_FILE_NAME, PRELUDE_SOURCE } from './sandbox-prelude';
import type { AppSyncContext, ContextParts, DiscardedKeys, HandlerName, HandlerOutcome, InvocationOptions, ResolverCode, SerializedOutcome } from './types';
import { validateCode } from './validate-code';

export const DEFAULT_TIMEOUT_MS = 1000;

const preludeScript = new vm.Script(PRELUDE_SOURCE, { filename: PRELUDE_FILE_NAME });
const invokeScript = new vm.Script(INVOKE_SOURCE, { filename: PRELUDE_FILE_NAME });

interface SandboxHandle {
  setFactory(factory: unknown): void;
  cleanGlobals(): void;
  /** __appsync_invoke, called directly where no vm timeout applies (runInContext costs more than the call). */
  invoke(): string;
}

/** The header of __appsync_invoke's answer (see sandbox-prelude.ts). */
interface InvokeHeader {
  keys: string[];
  lengths: number[];
  aborted: boolean;
  timedOut: boolean;
  threw: ThrownError | null;
  hasValue: boolean;
}

const NOTHING_DISCARDED: DiscardedKeys = [];

const ERROR_NAMES = new Set(['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError', 'EvalError']);

function hostErrorReply(error: unknown): string {
  const name = error instanceof Error && ERROR_NAMES.has(error.name) ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return JSON.stringify({ e: [name, message] });
}

function isTimeout(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/** `sourceMap`: the bundle's source map when it is kept beside the bundle rather than inlined. */
export function loadResolverCode(code: string, fileName: string, deps: RuntimeDeps = defaultRuntimeDeps, sourceMap?: string): ResolverCode {
  const { program, shape } = validateCode(code, fileName);
  const guards = planLoopGuards(program);
  const locateSource = sourceLocatorFor(code, fileName, sourceMap);
  const rewritten = rewriteModule(code, shape, guards.edits);
  const operations = createHostOperations(deps);
  let current: InvocationRecord | null = null;

  function host(op: string, argsJson: string): string {
    const call = current;
    if (!call) return hostErrorReply(new Error('no handler call is in progress'));
    if (op === 'call.begin') return jobText(call);
    const operation: HostOperation | undefined =
      operations[op] ?? (op.startsWith('unsupported.') ? unsupportedModuleOperation(op) : undefined);
    if (!operation) return hostErrorReply(new TypeError(`${op} is not a function`));
    try {
      const result = operation(JSON.parse(argsJson) as unknown[], call);
      if (result === ABORT) return '{"a":1}';
      const json = JSON.stringify(result);
      return json === undefined ? '{}' : `{"v":${json}}`;
    } catch (error) {
      return hostErrorReply(error);
    }
  }

  const context = vm.createContext({}, { name: fileName, codeGeneration: { strings: false, wasm: false } });
  const setup = preludeScript.runInContext(context) as (host: unknown, config: unknown) => SandboxHandle;
  const unemulated = Object.fromEntries([...shape.unemulatedImports].map(([name, members]) => [name, [...members]]));
  const sandbox = setup(host, {
    ops: Object.keys(operations),
    unemulated,
    deniedGlobals: DENIED_GLOBALS,
    deniedMembers: DENIED_MEMBERS,
    globalAccess: namesGlobalObject(program),
  });
  sandbox.setFactory(new vm.Script(rewritten.code, { filename: CODE_FILE_NAME }).runInContext(context));

  function timedOut(record: InvocationRecord, timeout: number): SerializedOutcome {
    record.error = { message: `${CODE_FILE_NAME}: Execution timed out after ${timeout} ms`, errorType: 'Code', data: null, errorInfo: null };
    return toOutcome(record, undefined);
  }

  function runSerialized(handler: HandlerName, parts: ContextParts, options: InvocationOptions, discard = NOTHING_DISCARDED): SerializedOutcome {
    const record = createInvocationRecord(handler, parts, options, discard);
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const limited = timeout > 0 && Number.isFinite(timeout);
    // The vm watchdog costs ~75 µs per call (a thread per run); loop guards cost a counter per iteration.
    const watchdog = limited && guards.needsWatchdog;
    record.deadline = limited && !watchdog ? Date.now() + timeout : null;
    current = record;
    let raw: string;
    try {
      raw = watchdog ? (invokeScript.runInContext(context, { timeout }) as string) : sandbox.invoke();
    } catch (error) {
      if (!isTimeout(error)) throw error;
      sandbox.cleanGlobals();
      return timedOut(record, timeout);
    } finally {
      current = null;
    }

    const headerEnd = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, headerEnd)) as InvokeHeader;
    if (header.timedOut) return timedOut(record, timeout);
    let offset = headerEnd + 1;
    header.keys.forEach((key, index) => {
      parts[key] = raw.slice(offset, (offset += header.lengths[index]));
    });
    if (header.threw && !record.error && !record.earlyReturn) {
      const position = codePosition(header.threw, rewritten.toOriginal);
      record.error = codeError(header.threw, position);
      const source = position && locateSource(position);
      if (source) record.errorSource = source;
    }
    return toOutcome(record, header.hasValue ? raw.slice(offset) : undefined);
  }

  function run(handler: HandlerName, ctx: AppSyncContext, options: InvocationOptions): HandlerOutcome {
    const parts = partsOf(ctx);
    const sent = { ...parts };
    const { valueJson, ...outcome } = runSerialized(handler, parts, options);
    for (const key of Object.keys(parts)) {
      if (parts[key] !== sent[key]) syncCtxKey(ctx, key, JSON.parse(parts[key]));
    }
    if (!Object.hasOwn(sent, 'args')) ctx.args = ctx.arguments;
    return { value: valueJson === undefined ? undefined : JSON.parse(valueJson), ...outcome };
  }

  return { fileName, run, runSerialized };
}
