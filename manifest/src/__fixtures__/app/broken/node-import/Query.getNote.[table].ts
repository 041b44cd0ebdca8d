// Fixture (forbidden import): a Node built-in stays external and AppSync would reject the code.
import { randomUUID } from 'node:crypto';

export function request() {
  return { payload: randomUUID() };
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
