// One note with every field set, so a null in the answer can only come from field auth.
import type { Context } from '@aws-appsync/utils';

export function request() {
  return { payload: { id: 'n1', title: 'Title', secret: 's3cr3t', lambdaOnly: 'lambda', required: 'always' } };
}

export function response(ctx: Context) {
  return ctx.result;
}
