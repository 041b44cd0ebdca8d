// The parts every Lambda that AppSync's DynamoDB data source consults receives (conflict handlers and
// conditionalCheckFailedHandler: Custom): the mutation's arguments, the caller, and the resolver block.
import type { DataSourceCall } from '../data-source';

export interface HandlerEventBase {
  arguments: Record<string, unknown>;
  resolver: { tableName: string; awsRegion: string; parentType: string; field: string; outputs: string[] };
  /** null for API-key callers, as ctx.identity. */
  identity: unknown;
}

export function handlerEventBase(call: DataSourceCall | undefined, tableName: string, awsRegion: string): HandlerEventBase {
  return {
    arguments: call?.arguments ?? {},
    resolver: {
      tableName,
      awsRegion,
      parentType: call?.typeName ?? '',
      field: call?.fieldName ?? '',
      // [U] outputs: the field's own selection (AWS's example lists the selected field names).
      outputs: (call?.selectionSetList ?? []).filter((path) => !path.includes('/')),
    },
    identity: call?.identity ?? null,
  };
}
