// AppSync's AUTOMERGE conflict handler ("Conflict detection and resolution" → Automerge), on engine-typed items so
// lists and sets stay apart: scalars keep the server's value, lists concatenate (server first, duplicates kept),
// sets take the union, new or null fields take the incoming value, maps apply the same rules per entry.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import type { WireItem } from './attribute-values';

const SET_TYPES = ['SS', 'NS', 'BS'] as const;

function union<T>(server: T[], incoming: T[]): T[] {
  const out = [...server];
  for (const value of incoming) {
    if (!out.some((kept) => isDeepStrictEqual(kept, value))) out.push(value);
  }
  return out;
}

function mergeValue(server: AttributeValue | undefined, incoming: AttributeValue): AttributeValue {
  if (server === undefined || server.NULL) return incoming;
  if (server.L && incoming.L) return { L: [...server.L, ...incoming.L] };
  if (server.M && incoming.M) return { M: automerge(server.M, incoming.M) };
  for (const type of SET_TYPES) {
    const kept = server[type] as unknown[] | undefined;
    const added = incoming[type] as unknown[] | undefined;
    if (kept && added) return { [type]: union(kept, added) } as unknown as AttributeValue;
  }
  return server;
}

/** The item AUTOMERGE writes: `incoming` holds what the mutation sets, `server` the item as stored. */
export function automerge(server: WireItem, incoming: WireItem): WireItem {
  const merged: WireItem = { ...server };
  for (const [name, value] of Object.entries(incoming)) merged[name] = mergeValue(server[name], value);
  return merged;
}

/** What an UpdateItem sets: the attributes its preview changed. Removed attributes count as scalar conflicts. */
export function changedAttributes(server: WireItem, preview: WireItem): WireItem {
  return Object.fromEntries(Object.entries(preview).filter(([name, value]) => !isDeepStrictEqual(server[name], value)));
}
