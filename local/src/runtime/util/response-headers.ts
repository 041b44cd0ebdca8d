// util.http.addResponseHeader(s): validates names against AppSync's reserved prefixes and the 4 KB budget
// (spec §3.5, utils-dts http-utils); last write for a name wins.

const RESERVED_PREFIXES = ['x-amzn-', 'x-amz-'];
const RESERVED_NAMES = new Set([
  'authorization', 'connection', 'content-length', 'content-type', 'date', 'host', 'keep-alive',
  'proxy-authenticate', 'server', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via', 'www-authenticate',
]);
export const MAX_RESPONSE_HEADER_BYTES = 4096;

export function addResponseHeader(headers: Record<string, string>, name: unknown, value: unknown): void {
  const key = String(name);
  const lower = key.toLowerCase();
  if (!key || RESERVED_PREFIXES.some((p) => lower.startsWith(p)) || RESERVED_NAMES.has(lower)) {
    throw new Error(`response header '${key}' is reserved and cannot be set`);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const next = { ...headers, [key]: text };
  const size = Object.entries(next).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  if (size > MAX_RESPONSE_HEADER_BYTES) {
    throw new Error(`response headers exceed ${MAX_RESPONSE_HEADER_BYTES} bytes`);
  }
  headers[key] = text;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);

/** util.http.copyHeaders: a copy minus hop-by-hop and AWS-internal headers ([U] exact list). */
export function copyHeaders(headers: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof headers !== 'object' || headers === null) return out;
  for (const [k, v] of Object.entries(headers)) {
    const lower = k.toLowerCase();
    if (HOP_BY_HOP.has(lower) || RESERVED_PREFIXES.some((p) => lower.startsWith(p))) continue;
    out[k] = v;
  }
  return out;
}
