// The item an UpdateItem would produce, computed by the engine itself: the stored item is copied to a scratch
// table with the base table's key schema, the update applied there, the copy removed. AUTOMERGE and LAMBDA conflict
// handlers need that preview (AppSync's `newItem`), and only the engine evaluates every update expression exactly.
import {
  DeleteItemCommand,
  DescribeTableCommand,
  PutItemCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../services/dynamodb-provision';
import { expressionParts, type Expression } from '../dynamodb-request';
import type { WireItem } from './attribute-values';

export type UpdatePreview = (current: WireItem, key: WireItem, update: Expression | undefined) => Promise<WireItem>;

/** DIVERGENCE: a table AWS would not have; it only ever holds an item for the length of one preview. */
export const previewTableName = (tableName: string) => `${tableName}-conflict-preview`;

export function createUpdatePreview(client: DynamoDBClient, tableName: string): UpdatePreview {
  const scratch = previewTableName(tableName);
  let ready: Promise<unknown> | undefined;
  /** Previews of the same key share one scratch item, so they take turns. */
  const turns = new Map<string, Promise<unknown>>();

  function provision(): Promise<unknown> {
    ready ??= (async () => {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      const keyNames = new Set(Table?.KeySchema?.map((element) => element.AttributeName));
      await ensureTable(client, {
        TableName: scratch,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: Table?.KeySchema,
        AttributeDefinitions: Table?.AttributeDefinitions?.filter((definition) => keyNames.has(definition.AttributeName)),
      });
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function preview(current: WireItem, key: WireItem, update: Expression | undefined): Promise<WireItem> {
    await provision();
    await client.send(new PutItemCommand({ TableName: scratch, Item: current }));
    try {
      const output = await client.send(
        new UpdateItemCommand({ TableName: scratch, Key: key, UpdateExpression: update?.expression, ReturnValues: 'ALL_NEW', ...expressionParts(update) }),
      );
      return output.Attributes ?? {};
    } finally {
      await client.send(new DeleteItemCommand({ TableName: scratch, Key: key }));
    }
  }

  return (current, key, update) => {
    const slot = JSON.stringify(key);
    const previous = turns.get(slot) ?? Promise.resolve();
    const mine = previous.catch(() => {}).then(() => preview(current, key, update));
    const settled = mine.catch(() => {});
    turns.set(slot, settled);
    void settled.then(() => {
      if (turns.get(slot) === settled) turns.delete(slot);
    });
    return mine;
  };
}
