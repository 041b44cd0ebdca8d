// API_KEY mode: the `x-api-key` header must name a configured, unexpired key.
import { UnauthorizedError, type AuthContext } from './auth-context';

export interface ApiKey {
  id: string;
  /** Epoch seconds; absent means the key does not expire (AWS keys always do, 1–365 days). */
  expires?: number;
}

export function authenticateApiKey(key: string, keys: ApiKey[], nowSeconds: number): AuthContext {
  const found = keys.find((candidate) => candidate.id === key);
  // An expired key is refused exactly like an unknown one: AWS answers the same 401 for both [U].
  if (!found || (found.expires !== undefined && found.expires <= nowSeconds)) {
    throw new UnauthorizedError('You are not authorized to make this call.');
  }
  return { mode: 'API_KEY', identity: null };
}
