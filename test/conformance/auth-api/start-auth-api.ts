// Serves the auth-mode conformance API (schema.graphql + resolvers/, NONE data source only) through
// startLocalApi on 127.0.0.1:0, with the auth config each test file chooses.
import type { LocalAuthConfig } from '../../../local/src/config/local-api-config';
import { startLocalApi, type LocalApi } from '../../../local/src/config/start-local-api';

export const AUTH_API_KEY = 'da2-authconformance';

export interface AuthApi extends LocalApi {
  /** The `host` clients put in realtime auth headers. */
  host: string;
  /** POST /graphql; `extra` adds to the body (variables, operationName). */
  graphql(query: string, headers: Record<string, string>, extra?: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }>;
}

export async function startAuthApi(auth: LocalAuthConfig): Promise<AuthApi> {
  const api = await startLocalApi({ root: import.meta.dirname, schema: 'schema.graphql', resolvers: 'resolvers', dataSources: { NONE: { kind: 'NONE' } }, auth });
  return {
    ...api,
    host: new URL(api.graphqlUrl).host,
    async graphql(query, headers, extra = {}) {
      const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables: {}, ...extra }) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}
