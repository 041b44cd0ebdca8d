// AWS_LAMBDA mode (appsync-spec.md §2, §9.1; AWS "AWS_LAMBDA authorization"): the authorizer function
// gets AppSync's event for the token; its answer (isAuthorized, resolverContext, deniedFields,
// ttlOverride) becomes the caller's identity and is cached per token for the TTL.
import { randomUUID } from 'node:crypto';
import { javaMatches } from '../runtime/util/java-regex';
import { UnauthorizedError, type AuthContext } from './auth-context';

/** AppSync stops waiting for an authorizer after 10 seconds, whatever the function's own timeout. */
export const AUTHORIZER_TIMEOUT_SECONDS = 10;
const MAX_TTL_SECONDS = 3600;
// One message for a denial, an invalid answer, a failure or a timeout of the function [O aws-appsync-community#372; U for failures].
const NOT_AUTHORIZED = 'You are not authorized to make this call.';

export interface LambdaAuthorizerOptions {
  /** Runs the function once; `ok: false` when it threw or timed out (the in-process Lambda runner's `call`). */
  invoke(event: unknown): Promise<{ ok: boolean; value: unknown }>;
  /** authorizerResultTtlInSeconds: 0, AWS's default, caches nothing; at most 3600. */
  resultTtlSeconds?: number;
  /** Tokens that do not match (Java regex, whole token) are refused without calling the function. */
  identityValidationExpression?: string;
  /** requestContext.apiId, and the API whose field ARNs in deniedFields apply here. */
  apiId: string;
  accountId: string;
  now?: () => number;
  log?: (line: string) => void;
}

/** The request being authorized: its headers (lower-case names) and GraphQL body, if any. */
export interface AuthorizerRequest {
  headers: Record<string, string | undefined>;
  body?: string;
}

export interface LambdaAuthorizer {
  authorize(token: string, request: AuthorizerRequest): Promise<AuthContext>;
}

interface Decision {
  isAuthorized: boolean;
  resolverContext: unknown;
  deniedFields: ReadonlySet<string>;
  ttlSeconds: number;
}

const FIELD_ARN = /^arn:aws[\w-]*:appsync:[^:]*:[^:]*:apis\/([^/]+)\/types\/([^/]+)\/fields\/([^/]+)$/;

function graphqlBody(body: string | undefined): { query?: unknown; operationName?: unknown; variables?: unknown } {
  try {
    const parsed = JSON.parse(body ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

export function createLambdaAuthorizer(options: LambdaAuthorizerOptions): LambdaAuthorizer {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const defaultTtl = options.resultTtlSeconds ?? 0;
  const validation = options.identityValidationExpression;
  // Fails at startup on a pattern Java would refuse too.
  if (validation !== undefined) javaMatches(validation, '');
  const cache = new Map<string, { expires: number; decision: Decision }>();

  function eventFor(token: string, request: AuthorizerRequest): unknown {
    // A realtime connection carries no operation: AWS sends an empty query then [O amplify-category-api#2090].
    const { query, operationName, variables } = graphqlBody(request.body);
    return {
      authorizationToken: token,
      requestContext: {
        apiId: options.apiId,
        accountId: options.accountId,
        requestId: randomUUID(),
        queryString: typeof query === 'string' ? query : '',
        ...(typeof operationName === 'string' ? { operationName } : {}),
        variables: typeof variables === 'object' && variables !== null ? variables : {},
      },
      requestHeaders: Object.fromEntries(Object.entries(request.headers).filter(([, value]) => value !== undefined)),
    };
  }

  /** `Type.field` or `arn:aws:appsync:<region>:<account>:apis/<apiId>/types/<Type>/fields/<field>`. */
  function fieldKey(entry: unknown): string | undefined {
    if (typeof entry !== 'string') return undefined;
    const arn = FIELD_ARN.exec(entry);
    if (!arn) return entry;
    if (arn[1] === options.apiId) return `${arn[2]}.${arn[3]}`;
    log(`Lambda authorizer: ignoring deniedFields entry of another API: ${entry}`);
    return undefined;
  }

  function decide(value: unknown): Decision | undefined {
    const response = value as Record<string, unknown> | null;
    if (typeof response !== 'object' || response === null || typeof response.isAuthorized !== 'boolean') return undefined;
    const denied = Array.isArray(response.deniedFields) ? response.deniedFields.map(fieldKey).filter((key) => key !== undefined) : [];
    const ttl = typeof response.ttlOverride === 'number' ? response.ttlOverride : defaultTtl;
    return {
      isAuthorized: response.isAuthorized,
      resolverContext: response.resolverContext ?? {},
      deniedFields: new Set(denied),
      ttlSeconds: Math.min(Math.max(ttl, 0), MAX_TTL_SECONDS),
    };
  }

  function remember(token: string, decision: Decision): void {
    if (decision.ttlSeconds <= 0) return;
    const at = now();
    for (const [key, entry] of cache) if (entry.expires <= at) cache.delete(key);
    cache.set(token, { expires: at + decision.ttlSeconds * 1000, decision });
  }

  function contextOf(decision: Decision): AuthContext {
    if (!decision.isAuthorized) throw new UnauthorizedError(NOT_AUTHORIZED);
    return {
      mode: 'AWS_LAMBDA',
      identity: { resolverContext: decision.resolverContext },
      ...(decision.deniedFields.size > 0 ? { deniedFields: decision.deniedFields } : {}),
    };
  }

  return {
    async authorize(token, request) {
      if (validation !== undefined && !javaMatches(validation, token)) {
        throw new UnauthorizedError(NOT_AUTHORIZED);
      }
      const cached = cache.get(token);
      if (cached && cached.expires > now()) return contextOf(cached.decision);

      const invocation = await options.invoke(eventFor(token, request));
      const decision = invocation.ok ? decide(invocation.value) : undefined;
      if (!decision) {
        log(`Lambda authorizer ${invocation.ok ? 'answered without a boolean isAuthorized' : 'failed'}: ${JSON.stringify(invocation.value)}`);
        throw new UnauthorizedError(NOT_AUTHORIZED);
      }
      remember(token, decision);
      return contextOf(decision);
    },
  };
}
