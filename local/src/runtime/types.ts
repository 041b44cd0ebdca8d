// Public types of the APPSYNC_JS runtime: the context a handler sees and the outcome the executor reads.
// Shapes follow @aws-appsync/utils 2.1.1 (spec §2, §3); nothing here holds behaviour.

export type AuthType = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS' | 'AWS_IAM' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

export interface AppSyncErrorInfo {
  message: string;
  errorType: string | null;
  data: unknown;
  errorInfo: unknown;
}

export interface AppSyncContext {
  arguments: Record<string, unknown>;
  args: Record<string, unknown>;
  identity: unknown;
  source: unknown;
  stash: Record<string, unknown>;
  prev?: { result: unknown };
  result?: unknown;
  error?: { message: string; type: string };
  info: {
    fieldName: string;
    parentTypeName: string;
    variables: Record<string, unknown>;
    selectionSetList: string[];
    selectionSetGraphQL: string;
  };
  request: { headers: Record<string, string>; domainName: string | null };
  env: Record<string, string>;
}

export interface InvocationOptions {
  authType: AuthType | null;
  /**
   * Default 1000. Enforced by loop guards (for-of/for-in check the clock), or by the vm watchdog for
   * code with dynamic regexes (~75 µs per call). A value <= 0 or Infinity disables both.
   */
  timeoutMs?: number;
}

export interface HandlerOutcome {
  value: unknown;
  earlyReturn?: { value: unknown; skipTo?: 'END' | 'NEXT' };
  error?: AppSyncErrorInfo;
  /** Code errors only: `resolvers/X.ts:12:5`, from the bundle's inline source map (for logs, not clients). */
  errorSource?: string;
  appendedErrors: AppSyncErrorInfo[];
  subscriptionFilter?: unknown;
  invalidationFilter?: unknown;
  invalidations: { subscriptionField: string; payload: unknown }[];
  responseHeaders: Record<string, string>;
  logs: { level: 'log' | 'error'; message: string }[];
}

export type HandlerName = 'request' | 'response';

/**
 * The ctx as JSON texts, one per top-level key; `args` only where it is not the `arguments` object itself
 * (the sandbox then aliases it). What crosses into the sandbox is text, so nothing of the host realm does.
 */
export type ContextParts = Record<string, string>;

/** A handler's outcome with its value still JSON text (undefined: nothing, an error or an early return). */
export interface SerializedOutcome extends Omit<HandlerOutcome, 'value'> {
  valueJson: string | undefined;
}

/** Keys of ctx the caller will not read after the call ('all': every key), so the sandbox does not serialize them. */
export type DiscardedKeys = readonly string[] | 'all';

export interface ResolverCode {
  readonly fileName: string;
  /** Copies ctx in and writes what the handler changed back into it (object identity kept where it can). */
  run(handler: HandlerName, ctx: AppSyncContext, options: InvocationOptions): HandlerOutcome;
  /**
   * The executor's path: ctx stays JSON on the host across handler calls. The handler parses a key only when
   * it reads it; `parts` gets back the keys it read (but not `discard`), the others being unchanged, so each
   * part is serialized once per resolver, not once per call.
   */
  runSerialized(handler: HandlerName, parts: ContextParts, options: InvocationOptions, discard?: DiscardedKeys): SerializedOutcome;
}
