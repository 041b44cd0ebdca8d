// Fixture (missing exports): handlers exported as a default object, which AppSync does not read.
export default {
  request() {
    return {};
  },
  response(ctx: { prev: { result: unknown } }) {
    return ctx.prev.result;
  },
};
