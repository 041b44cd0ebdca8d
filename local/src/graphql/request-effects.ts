// What a request's handlers ask for beyond field values, collected on its execution context and applied
// once it has run: subscription invalidations (mutation response handlers, appsync-spec.md §3.6) and
// HTTP response headers (util.http.addResponseHeader(s), §3.5: last write wins, 4 KB per request).
import { MAX_RESPONSE_HEADER_BYTES } from '../runtime/util/response-headers';

export interface Invalidation {
  subscriptionField: string;
  payload: unknown;
}

/** The part a single field's resolver may use; `invalidations` only where AppSync honours them. */
export interface FieldEffects {
  invalidations?: Invalidation[];
  /** One handler's headers; an error message (nothing applied) when they break AppSync's rules. */
  addResponseHeaders(headers: Readonly<Record<string, string>>): string | undefined;
}

export interface RequestEffects {
  readonly invalidations: Invalidation[];
  /** For a root mutation field (invalidations allowed) or any other field. */
  forField(mayInvalidate: boolean): FieldEffects;
  /** The headers for the HTTP response, last write per name (case-insensitive) winning. */
  responseHeaders(): Record<string, string>;
}

// RFC 9110 token; a value without control characters (what node:http would refuse to write).
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

export function createRequestEffects(): RequestEffects {
  const invalidations: Invalidation[] = [];
  const headers = new Map<string, [name: string, value: string]>();
  // [S utils-dts http] every definition counts, a redefined name included.
  let headerBytes = 0;

  function addResponseHeaders(added: Readonly<Record<string, string>>): string | undefined {
    const entries = Object.entries(added);
    const invalid = entries.find(([name, value]) => !HEADER_NAME.test(name) || BAD_VALUE_CHAR.test(value));
    if (invalid) {
      return `Error: response header '${invalid[0]}' is not a valid HTTP header`;
    }
    const bytes = entries.reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value), 0);
    if (headerBytes + bytes > MAX_RESPONSE_HEADER_BYTES) {
      return `Error: response headers exceed ${MAX_RESPONSE_HEADER_BYTES} bytes`;
    }
    headerBytes += bytes;
    for (const [name, value] of entries) {
      headers.delete(name.toLowerCase());
      headers.set(name.toLowerCase(), [name, value]);
    }
    return undefined;
  }

  const mutationField: FieldEffects = { invalidations, addResponseHeaders };
  const otherField: FieldEffects = { addResponseHeaders };
  return {
    invalidations,
    forField: (mayInvalidate) => (mayInvalidate ? mutationField : otherField),
    responseHeaders: () => Object.fromEntries(headers.values()),
  };
}
