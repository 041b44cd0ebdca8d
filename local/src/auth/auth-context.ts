// Who made a request, as AppSync sees it: the auth mode that accepted it and the ctx.identity it yields.

export type AuthMode = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS' | 'AWS_IAM' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

export interface AuthContext {
  mode: AuthMode;
  /** `ctx.identity` (null for API key, appsync-spec.md §2). */
  identity: Record<string, unknown> | null;
}

/** A request-level auth failure: HTTP 401 with errorType UnauthorizedException (spec §8.3). */
export class UnauthorizedError extends Error {
  readonly errorType = 'UnauthorizedException';
  readonly status = 401;
}
