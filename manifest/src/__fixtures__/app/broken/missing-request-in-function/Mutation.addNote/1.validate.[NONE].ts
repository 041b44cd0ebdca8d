// Fixture (missing export): a pipeline function without a request handler.
export function response(ctx: { result: unknown }) {
  return ctx.result;
}
