// Fixture pipeline function 2, on the DynamoDB data source.
import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { noteKey } from '../lib/keys';

export function request(ctx: { args: { input: { text: string } } }) {
  const id = util.autoId();
  return ddb.put({ key: noteKey(id), item: { id, text: ctx.args.input.text } });
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
