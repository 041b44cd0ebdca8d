// Fixture (syntax error): esbuild cannot parse this file.
export function request() {
  return { payload: ;
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
