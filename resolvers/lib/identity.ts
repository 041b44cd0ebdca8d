// Who is calling: the Cognito sub and groups, or nobody (API key). Shared by every ownership check.

interface CallerContext {
  identity?: unknown;
}

interface CognitoLike {
  sub?: string;
  groups?: string[] | null;
}

export function callerSub(ctx: CallerContext): string | null {
  const identity = ctx.identity as CognitoLike | null | undefined;
  return identity && identity.sub ? identity.sub : null;
}

export function isAdmin(ctx: CallerContext): boolean {
  const identity = ctx.identity as CognitoLike | null | undefined;
  const groups = identity && identity.groups ? identity.groups : [];
  return groups.indexOf('admins') >= 0;
}

/** Owners and admins may see and change an event in any status. */
export function canManage(ctx: CallerContext, organizerId: string): boolean {
  return isAdmin(ctx) || callerSub(ctx) === organizerId;
}
