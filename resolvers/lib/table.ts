// The table's real name, which batch and transaction requests must carry (AppSync does not fill it
// in from the data source). Set as the API environment variable TABLE_NAME by CDK and locally.
import { util } from '@aws-appsync/utils';

interface EnvContext {
  env?: Record<string, string>;
}

export function tableName(ctx: EnvContext): string {
  const name = ctx.env ? ctx.env.TABLE_NAME : undefined;
  if (!name) {
    util.error('The API environment variable TABLE_NAME is not set', 'MisconfiguredApi');
  }
  return name as string;
}
