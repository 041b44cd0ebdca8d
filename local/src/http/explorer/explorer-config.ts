// What the explorer page is told by the server (embedded in its HTML as JSON): endpoints, the API key,
// the demo users it may act as, and the example operations. Shared by the server routes and the browser app.

/** One preloaded tab (GraphiQL names it after the operation). */
export interface ExampleOperation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface ExplorerUser {
  username: string;
  groups: string[];
}

/** `API_KEY`, `NONE`, or the username of a demo user (Cognito user pools). */
export type ExplorerAuthChoice = string;

export interface ExplorerConfig {
  title: string;
  /** Paths on the page's own origin, so the page works under any host name of the server. */
  graphqlPath: string;
  realtimePath: string;
  tokenPath: string;
  apiKey: string | null;
  users: ExplorerUser[];
  defaultAuth: ExplorerAuthChoice;
  examples: ExampleOperation[];
}

/** What `POST <tokenPath>` answers. */
export interface ExplorerTokenResponse {
  username: string;
  accessToken: string;
  expiresAt: string;
}
