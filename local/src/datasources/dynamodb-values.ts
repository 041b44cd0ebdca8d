// Converts between AppSync's DynamoDB JSON (numbers may be JSON numbers, spec §3.3) and the wire
// format the engine wants, and from engine items to the plain JSON resolvers see in ctx.result.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

type AppSyncAttribute = Record<string, unknown>;

export function toWireValue(value: AppSyncAttribute | null): AttributeValue {
  if (value == null) {
    return { NULL: true };
  }
  const [type, inner] = Object.entries(value)[0] ?? [];
  switch (type) {
    case 'NULL':
      // AppSync's helpers write {NULL: null}; the engine only accepts {NULL: true}.
      return { NULL: true };
    case 'N':
      return { N: String(inner) };
    case 'NS':
      return { NS: (inner as unknown[]).map(String) };
    case 'L':
      return { L: (inner as AppSyncAttribute[]).map(toWireValue) };
    case 'M':
      return { M: toWireMap(inner as Record<string, AppSyncAttribute>) ?? {} };
    case 'B':
      return { B: Buffer.from(inner as string, 'base64') };
    case 'BS':
      return { BS: (inner as string[]).map((item) => Buffer.from(item, 'base64')) };
    default:
      return value as unknown as AttributeValue;
  }
}

export function toWireMap(map: Record<string, AppSyncAttribute> | undefined): Record<string, AttributeValue> | undefined {
  if (!map) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(map).map(([name, value]) => [name, toWireValue(value)]));
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/**
 * One engine attribute value as resolvers see it: sets become arrays, binaries base64 strings, numbers JS
 * numbers (past 2^53 the nearest one [U], as any JS runtime holds them; util-dynamodb would make a BigInt,
 * which ctx cannot carry). One pass, no intermediate native item: list pages convert hundreds of values.
 */
function plain(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.M !== undefined) return plainMap(value.M);
  if (value.L !== undefined) return value.L.map(plain);
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.B !== undefined) return base64(value.B);
  if (value.BS !== undefined) return value.BS.map(base64);
  throw new Error(`Unsupported DynamoDB attribute value: ${JSON.stringify(value)}`);
}

function plainMap(map: Record<string, AttributeValue>): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const name of Object.keys(map)) item[name] = plain(map[name]);
  return item;
}

export function toPlainItem(item: Record<string, AttributeValue> | undefined): Record<string, unknown> | null {
  return item ? plainMap(item) : null;
}
