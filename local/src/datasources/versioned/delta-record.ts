// The delta-table entry AppSync writes for each change through a versioned data source ("Versioning DynamoDB data
// sources" → Delta sync table): ds_pk/ds_sk from the data source name, the change time, key and version, the
// customPartitionKey and populateIndexFields variants, and the `_ttl` that expires the entry.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { keyText, type WireItem } from './attribute-values';

export const DELTA_KEY_ATTRIBUTES = ['ds_pk', 'ds_sk', 'gsi_ds_pk', 'gsi_ds_sk'] as const;

export interface DeltaChange {
  /** The base data source's name (the `Comments` of AWS's `Comments:2019-01-01`). */
  dataSourceName: string;
  /** Epoch ms of the change (the item's `_lastChangedAt`). */
  changedAt: number;
  /** The item's key, in the order the request gave it. */
  key: WireItem;
  version: number;
  /** The base table's partition-key attribute, when the request named it. */
  customPartitionKey?: string;
  populateIndexFields?: boolean;
}

/** `2019-01-01` and `09:30:00.000Z` of an epoch-ms moment, UTC. */
export function dayAndTime(epochMs: number): { day: string; time: string } {
  const iso = new Date(epochMs).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11) };
}

const joined = (values: AttributeValue[]) => values.map(keyText).join(':');

export function deltaKeys(change: DeltaChange): Record<string, string> {
  const { day, time } = dayAndTime(change.changedAt);
  const plain = { ds_pk: `${change.dataSourceName}:${day}`, ds_sk: `${time}:${joined(Object.values(change.key))}:${change.version}` };
  const partitionKey = change.customPartitionKey;
  if (!partitionKey || !change.key[partitionKey]) return plain;
  // [U] With a sort key its value replaces the key part of ds_sk (AWS's `09:30:00:2b:3`); without one the
  // partition-key value stays there.
  const rest = Object.entries(change.key).filter(([name]) => name !== partitionKey).map(([, value]) => value);
  const custom = {
    ds_pk: `${plain.ds_pk}:${keyText(change.key[partitionKey])}`,
    ds_sk: `${time}:${joined(rest.length ? rest : [change.key[partitionKey]])}:${change.version}`,
  };
  // [U] populateIndexFields keeps the whole-table format in the GSI columns, so a Sync with deltaIndexName still
  // reads every change of a day from one index partition.
  return change.populateIndexFields ? { ...custom, gsi_ds_pk: plain.ds_pk, gsi_ds_sk: plain.ds_sk } : custom;
}

/** The entry itself: the item as written plus its delta keys and the delta `_ttl` (epoch seconds). */
export function deltaRecord(item: WireItem, change: DeltaChange, deltaSyncTableTTL: number): WireItem {
  const keys = Object.fromEntries(Object.entries(deltaKeys(change)).map(([name, value]) => [name, { S: value }]));
  const ttl = Math.floor(change.changedAt / 1000) + deltaSyncTableTTL * 60;
  return { ...item, ...keys, _ttl: { N: String(ttl) } };
}
