// Decodes the payload of a `start` message into the operation and its auth header.
// `payload.data` is a JSON *string* holding {query, variables, operationName?} (spec §10.2).

import { isPlainObject } from './protocol';

/** A start payload the connection can act on. */
export interface StartRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | null;
  /** `payload.extensions.authorization`; undefined when absent, which the caller refuses as unauthorized. */
  authorization?: Record<string, unknown>;
}

export type DecodedStart = { ok: true; request: StartRequest } | { ok: false; message: string };

export function decodeStartPayload(payload: unknown): DecodedStart {
  if (!isPlainObject(payload)) return invalid('start message requires a "payload" object.');
  if (typeof payload.data !== 'string') return invalid('start payload requires "data" as a JSON string.');

  let operation: unknown;
  try {
    operation = JSON.parse(payload.data);
  } catch {
    return invalid('start payload "data" is not valid JSON.');
  }
  if (!isPlainObject(operation)) return invalid('start payload "data" must encode a JSON object.');

  const { query, variables, operationName } = operation;
  if (typeof query !== 'string' || query.trim() === '') {
    return invalid('start payload "data" requires a non-empty "query" string.');
  }
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) {
    return invalid('start payload "variables" must be an object.');
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return invalid('start payload "operationName" must be a string.');
  }

  const extensions = isPlainObject(payload.extensions) ? payload.extensions : undefined;
  const authorization = extensions && isPlainObject(extensions.authorization) ? extensions.authorization : undefined;
  return {
    ok: true,
    request: {
      query,
      variables: isPlainObject(variables) ? variables : {},
      ...(operationName !== undefined ? { operationName } : {}),
      ...(authorization !== undefined ? { authorization } : {}),
    },
  };
}

function invalid(message: string): DecodedStart {
  return { ok: false, message };
}
