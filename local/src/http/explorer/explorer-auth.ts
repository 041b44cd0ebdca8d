// Which auth the explorer sends: the API key, nothing, or a demo user's Cognito access token that the page
// asks the local server for (never typed in). Tokens are cached per user until a minute before they expire.
import type { ExplorerAuthChoice, ExplorerTokenResponse } from './explorer-config';

export const API_KEY = 'API_KEY';
export const NO_AUTH = 'NONE';

const REFRESH_MARGIN_MS = 60_000;

export interface ExplorerAuthOptions {
  apiKey: string | null;
  tokenUrl: string;
  fetchFn?: typeof fetch;
  now?: () => number;
}

export interface ExplorerAuth {
  /** Headers for the current choice, signing the chosen user in first when needed. */
  headers(): Promise<Record<string, string>>;
  /** The chosen user's token (signing in when needed), or null for API key / no auth. */
  token(): Promise<ExplorerTokenResponse | null>;
  choice(): ExplorerAuthChoice;
  select(choice: ExplorerAuthChoice): void;
}

export function createExplorerAuth(options: ExplorerAuthOptions, initial: ExplorerAuthChoice): ExplorerAuth {
  const fetchFn = options.fetchFn ?? fetch;
  const now = options.now ?? Date.now;
  const tokens = new Map<string, Promise<ExplorerTokenResponse>>();
  let current = initial;

  const signIn = async (username: string): Promise<ExplorerTokenResponse> => {
    const response = await fetchFn(options.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username }),
    });
    const body = (await response.json().catch(() => ({}))) as Partial<ExplorerTokenResponse> & { error?: string };
    if (!response.ok || !body.accessToken || !body.expiresAt) {
      throw new Error(`Could not sign in as ${username}: ${body.error ?? `HTTP ${response.status}`}`);
    }
    return body as ExplorerTokenResponse;
  };

  const tokenFor = async (username: string): Promise<ExplorerTokenResponse> => {
    const cached = tokens.get(username);
    const valid = cached && (await cached.catch(() => null));
    if (valid && Date.parse(valid.expiresAt) - now() > REFRESH_MARGIN_MS) return valid;
    const fresh = signIn(username);
    tokens.set(username, fresh);
    return fresh;
  };

  return {
    choice: () => current,
    select(choice) {
      current = choice;
    },
    async token() {
      return current === API_KEY || current === NO_AUTH ? null : tokenFor(current);
    },
    async headers(): Promise<Record<string, string>> {
      if (current === NO_AUTH) return {};
      if (current === API_KEY) return options.apiKey ? { 'x-api-key': options.apiKey } : {};
      return { authorization: (await tokenFor(current)).accessToken };
    },
  };
}
