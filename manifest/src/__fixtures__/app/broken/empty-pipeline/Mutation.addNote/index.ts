// Fixture (pipeline without functions): only a before/after step.
export function request() {
  return {};
}

export function response(ctx: { prev: { result: unknown } }) {
  return ctx.prev.result;
}
