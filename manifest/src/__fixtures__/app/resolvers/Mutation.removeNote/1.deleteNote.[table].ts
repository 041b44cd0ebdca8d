// Fixture pipeline without index.ts: the manifest supplies a pass-through before/after step.
import * as ddb from '@aws-appsync/utils/dynamodb';
import { noteKey } from '../lib/keys';

export function request(ctx: { args: { id: string } }) {
  return ddb.remove({ key: noteKey(ctx.args.id) });
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
