// A small GraphQL-over-HTTP client for API suites: calls the local stack as a demo user (real
// Cognito tokens), with the API key, or with no credentials, and returns AppSync's raw response.
import { signInDemoUser } from '../../local/src/herald/demo-sign-in';
import { ensureUser } from '../../local/src/services/cognito-provision';
import type { TestStack } from './local-stack';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { errorType?: string | null; message: string; path?: (string | number)[]; errorInfo?: any; data?: unknown }[];
}

export type Caller = { kind: 'apiKey' } | { kind: 'none' } | { kind: 'token'; token: string; sub: string; username: string };

export function apiClient(stack: TestStack) {
  const { outputs } = stack;

  async function signIn(username: string, password: string, groups: string[] = []): Promise<Caller & { kind: 'token' }> {
    const { sub } = await ensureUser(outputs.cognitoEndpoint, outputs.userPoolId, { username, password, email: `${username}@herald.test`, groups });
    const { accessToken } = await signInDemoUser(outputs.cognitoEndpoint, outputs.userPoolClientId, { username, password });
    return { kind: 'token', token: accessToken, sub, username };
  }

  async function call<T = Record<string, any>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller.kind === 'apiKey') headers['x-api-key'] = outputs.apiKey;
    if (caller.kind === 'token') headers.authorization = caller.token;
    const response = await fetch(outputs.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
  }

  return { signIn, call, apiKey: { kind: 'apiKey' } as Caller, anonymous: { kind: 'none' } as Caller };
}

/** Asserting helper: the data of a call that must succeed. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

export const EVENT_FIELDS = `id title description startsAt endsAt timeZone venue { name address city country } onlineUrl category tags
  availability { capacity attendeeCount waitlistCount seatsLeft } status organizerId createdAt updatedAt publishedAt cancelledAt
  cancellationReason previousStartsAt version`;
