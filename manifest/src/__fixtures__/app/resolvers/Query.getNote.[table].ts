// Fixture unit resolver on the DynamoDB data source, with a lib import and a type-only import.
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryGetNoteArgs } from './__generated__/graphql';
import { noteKey } from './lib/keys';

export function request(ctx: { args: QueryGetNoteArgs }) {
  return ddb.get({ key: noteKey(ctx.args.id) });
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
