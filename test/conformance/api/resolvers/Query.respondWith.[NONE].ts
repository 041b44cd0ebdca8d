// Adds the response headers it is given (an AWSJSON map, parsed on input), then answers true.
import { util, type Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ headers: Record<string, unknown> }>) {
  util.http.addResponseHeaders(ctx.args.headers);
  return { payload: true };
}

export function response(ctx: Context) {
  return ctx.result;
}
