// Claims one seat atomically: decrement the card's seats if any are left, and record the claim once.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ cardId: string; userId: string }>) {
  const table = ctx.env.TABLE_NAME;
  const { cardId, userId } = ctx.args;
  return ddb.transactWrite({
    items: [
      {
        updateItem: {
          table,
          key: { pk: `CARD#${cardId}`, sk: 'CARD' },
          update: { seats: ddb.operations.decrement(1) },
          condition: { seats: { gt: 0 } },
        },
      },
      {
        putItem: {
          table,
          key: { pk: `CARD#${cardId}`, sk: `CLAIM#${userId}` },
          item: { cardId, userId },
          condition: { pk: { attributeExists: false } },
        },
      },
    ],
  });
}

export function response(ctx: Context) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type, null, { cancellationReasons: ctx.result.cancellationReasons });
  }
  return { cardId: ctx.args.cardId, userId: ctx.args.userId };
}
