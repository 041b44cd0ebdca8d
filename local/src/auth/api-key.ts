// API_KEY mode: the `x-api-key` header must name a configured, unexpired key.
import { UnauthorizedError, type AuthContext } from './auth-context';

export interface ApiKey {
  id: string;
  /** Epoch seconds; absent means the key does not expire (AWS keys always do, 1–365 days). */
  expires?: number;
}

export function authenticateApiKey(key: string, keys: ApiKey[], nowSeconds: number): AuthContext {
  const found = keys.find((candidate) => candidate.id === key);
  // AWS refuses an unknown key with this 401 [O: a deployed-stack e2e test records the exact body] and
  // an expired one the same way [O amplify-studio#1003, amplify-js#2783: keys that lapsed got this 401].
  if (!found || (found.expires !== undefined && found.expires <= nowSeconds)) {
    throw new UnauthorizedError('You are not authorized to make this call.');
  }
  return { mode: 'API_KEY', identity: null };
}
