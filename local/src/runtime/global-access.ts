// Whether resolver code can reach its sandbox's global object. Without eval, Function or sloppy-mode
// `this` (refused at load or absent in the sandbox) the `globalThis` identifier is the only way, so code
// that never names it cannot add or replace globals, and its calls skip the per-call sweep of them.
import type * as acorn from 'acorn';
import { full } from 'acorn-walk';

export function namesGlobalObject(program: acorn.Program): boolean {
  let found = false;
  full(program, (node) => {
    if (node.type === 'Identifier' && (node as acorn.Identifier).name === 'globalThis') found = true;
  });
  return found;
}
