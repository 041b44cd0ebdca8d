// API_KEY mode: the `x-api-key` header must name a configured, unexpired key.
import { UnauthorizedError, type AuthContext } from './auth-context';

export interface ApiKey {
  id: string;
  /** Epoch seconds; absent means the key does not expire. */
  expires?: number;
}

export function authenticateApiKey(key: string, keys: ApiKey[], nowSeconds: number): AuthContext {
  const found = keys.find((candidate) => candidate.id === key);
  if (!found) {
    throw new UnauthorizedError('You are not authorized to make this call.');
  }
  if (found.expires !== undefined && found.expires < nowSeconds) {
    throw new UnauthorizedError('API key has expired.');
  }
  return { mode: 'API_KEY', identity: null };
}
