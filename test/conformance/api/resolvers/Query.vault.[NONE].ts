// A fixed object whose fields carry different auth directives.
export function request() {
  return { payload: { secret: 's3cr3t', keyOnly: 'k' } };
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
