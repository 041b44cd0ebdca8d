// Fixture pipeline function 1.
export function request(ctx: { args: { input: { text: string } } }) {
  return { payload: ctx.args.input };
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
