// Reads the AppSync auth header object from a WebSocket upgrade request. Two transports
// exist (spec §10.1): the `header-<base64url JSON>` subprotocol that aws-amplify v6 sends,
// and the older, AWS-documented `?header=<base64 JSON>&payload=e30=` query string.

import { isPlainObject } from './protocol';

/** Prefix of the subprotocol entry that carries the auth header. */
export const HEADER_SUBPROTOCOL_PREFIX = 'header-';

/** Where the header came from, for logs. */
export type HeaderTransport = 'subprotocol' | 'query';

export type HandshakeHeader =
  | { ok: true; header: Record<string, unknown>; transport: HeaderTransport }
  | { ok: false; reason: 'missing' | 'malformed'; message: string };

/** Splits a raw `Sec-WebSocket-Protocol` request header into its entries. */
export function parseSubprotocols(raw: string | string[] | undefined): string[] {
  const joined = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  return joined
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * The auth header of an upgrade request. The subprotocol wins when both transports are
 * present; a garbled header is reported, never skipped in favour of the other transport,
 * so a client bug cannot hide behind a stale query string.
 */
export function readHandshakeHeader(subprotocols: readonly string[], search: URLSearchParams): HandshakeHeader {
  const entry = subprotocols.find((protocol) => protocol.startsWith(HEADER_SUBPROTOCOL_PREFIX));
  if (entry !== undefined) {
    return decodeHeader(entry.slice(HEADER_SUBPROTOCOL_PREFIX.length), 'subprotocol');
  }
  const query = search.get('header');
  if (query !== null) {
    // Old clients put raw base64 in the URL without percent-encoding it, so URLSearchParams
    // has already turned every `+` into a space; Node's decoder would silently drop those.
    return decodeHeader(query.replaceAll(' ', '+'), 'query');
  }
  return {
    ok: false,
    reason: 'missing',
    message:
      'No authorization header: send a "header-<base64url JSON>" subprotocol or the "header" and "payload" query string parameters.',
  };
}

function decodeHeader(encoded: string, transport: HeaderTransport): HandshakeHeader {
  const malformed = {
    ok: false as const,
    reason: 'malformed' as const,
    message: `The ${transport === 'subprotocol' ? 'header subprotocol' : '"header" query string parameter'} is not a base64-encoded JSON object.`,
  };
  // Node's base64 decoder skips characters it does not know instead of failing, so check
  // the alphabet first (base64 and base64url both, padding optional).
  if (encoded === '' || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return malformed;
  try {
    const header: unknown = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    return isPlainObject(header) ? { ok: true, header, transport } : malformed;
  } catch {
    return malformed;
  }
}
