// Converts between AppSync's DynamoDB JSON (numbers may be JSON numbers, spec §3.3) and the wire
// format the engine wants, and from engine items to the plain JSON resolvers see in ctx.result.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

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

/** Sets become arrays and binaries base64 strings, so ctx.result is plain JSON. */
function plain(value: unknown): unknown {
  if (value instanceof Set) {
    return [...value].map(plain);
  }
  if (value instanceof Uint8Array) {
    return Buffer.from(value).toString('base64');
  }
  if (Array.isArray(value)) {
    return value.map(plain);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, plain(inner)]));
  }
  return value;
}

export function toPlainItem(item: Record<string, AttributeValue> | undefined): Record<string, unknown> | null {
  return item ? (plain(unmarshall(item)) as Record<string, unknown>) : null;
}
