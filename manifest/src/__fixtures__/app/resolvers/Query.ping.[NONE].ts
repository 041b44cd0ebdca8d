// Fixture unit resolver on the NONE data source.
export function request() {
  return { payload: 'pong' };
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
