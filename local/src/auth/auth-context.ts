// Who made a request, as AppSync sees it: the auth mode that accepted it and the ctx.identity it yields.

export type AuthMode = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS' | 'AWS_IAM' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

export interface AuthContext {
  mode: AuthMode;
  /** `ctx.identity` (null for API key, appsync-spec.md §2). */
  identity: Record<string, unknown> | null;
  /** `Type.field` keys a Lambda authorizer denied (its `deniedFields`): null plus Unauthorized, whatever the directives say. */
  deniedFields?: ReadonlySet<string>;
}

/**
 * A request-level auth failure (spec §8.3): HTTP 401 with errorType UnauthorizedException, or, for
 * SigV4 failures, 403 with AWS's IAM error types (InvalidSignatureException …).
 */
export class UnauthorizedError extends Error {
  constructor(
    message: string,
    readonly errorType = 'UnauthorizedException',
    readonly status = 401,
  ) {
    super(message);
  }
}
