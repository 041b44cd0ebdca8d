// The server's transport-neutral request/response: the handler is a plain function, so tests call
// it without a port and the node adapter stays the only place that touches sockets.

export interface HttpRequest {
  method: string;
  path: string;
  /** Raw query string without `?` (empty when none). */
  query?: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
  remoteAddress: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type HttpHandler = (request: HttpRequest) => Promise<HttpResponse>;
