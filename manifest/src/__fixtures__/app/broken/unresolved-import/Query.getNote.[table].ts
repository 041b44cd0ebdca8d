// Fixture (unresolved import): the helper it names does not exist.
import { noteKey } from './lib/missing';

export function request() {
  return { key: noteKey('n1') };
}

export function response(ctx: { result: unknown }) {
  return ctx.result;
}
