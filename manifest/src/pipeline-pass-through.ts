// APPSYNC_JS before/after step for a pipeline folder without index.ts. Bundled like any resolver file:
// the before step hands the first function an empty object, the after step returns the last result.

export function request() {
  return {};
}

export function response(ctx: { prev: { result: unknown } }) {
  return ctx.prev.result;
}
