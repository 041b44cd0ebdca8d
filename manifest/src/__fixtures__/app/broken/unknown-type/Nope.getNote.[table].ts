// Fixture (unknown type): a well-formed resolver body; the case is in the file's name or place.
export function request() {
  return { payload: null };
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
