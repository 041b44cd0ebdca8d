// Engine items in the two other shapes conflict and condition handlers deal in: AppSync's DynamoDB JSON (numbers
// kept numeric, binaries base64), which a condition-failure Lambda receives, and plain JSON returned by a Lambda.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';

export type WireItem = Record<string, AttributeValue>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function typed(value: AttributeValue): Record<string, unknown> {
  if (value.N !== undefined) return { N: Number(value.N) };
  if (value.NS !== undefined) return { NS: value.NS.map(Number) };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(typed) };
  if (value.M !== undefined) return { M: toAppSyncTyped(value.M) };
  return value as unknown as Record<string, unknown>;
}

/** An engine item as AppSync's DynamoDB JSON (what `util.dynamodb.toMapValues` produces). */
export function toAppSyncTyped(item: WireItem): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, typed(value)]));
}

/** A plain JSON object (a Lambda's answer) as an engine item: numbers N, arrays L, objects M. */
export function fromPlain(item: Record<string, unknown>): WireItem {
  return marshall(item, { removeUndefinedValues: true, convertEmptyValues: false });
}

/** The text of a key attribute as AppSync writes it into delta-table keys. */
export function keyText(value: AttributeValue): string {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return value.N;
  if (value.B !== undefined) return base64(value.B);
  return JSON.stringify(value);
}

/** The item's `_version`, undefined for an item written before versioning (or outside AppSync). */
export function versionOf(item: WireItem | undefined): number | undefined {
  const version = item?._version?.N;
  return version === undefined ? undefined : Number(version);
}
