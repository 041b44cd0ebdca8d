// Runaway protection without a per-call vm watchdog: APPSYNC_JS has no while/for(;;)/recursion, so
// for-of/for-in are the only constructs that can run unbounded (over a collection that grows while it
// is walked). Their bodies get a deadline check; code that can reach the regex engine with a dynamic
// pattern (catastrophic backtracking inside one built-in call) keeps the vm watchdog.
import type * as acorn from 'acorn';
import { full } from 'acorn-walk';
import type { TextEdit } from './text-edits';

/** Sandbox global the prelude defines: counts iterations, checks the clock every 1024. */
export const TICK = '__appsync_tick';

export interface LoopGuardPlan {
  edits: TextEdit[];
  /** `RegExp` or a `.match()` call (the String method that compiles its argument as a regex). */
  needsWatchdog: boolean;
}

export function planLoopGuards(program: acorn.Program): LoopGuardPlan {
  const edits: TextEdit[] = [];
  let needsWatchdog = false;
  full(program, (visited) => {
    const node = visited as acorn.AnyNode;
    if (node.type === 'ForOfStatement' || node.type === 'ForInStatement') {
      const body = node.body;
      if (body.type === 'BlockStatement') {
        edits.push({ start: body.start + 1, end: body.start + 1, text: `${TICK}();` });
      } else {
        edits.push({ start: body.start, end: body.start, text: `{${TICK}();` }, { start: body.end, end: body.end, text: '}' });
      }
    } else if (node.type === 'Identifier' && node.name === 'RegExp') {
      needsWatchdog = true;
    } else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
      const property = node.callee.property;
      const name = node.callee.computed ? (property.type === 'Literal' ? String(property.value) : null) : property.type === 'Identifier' ? property.name : null;
      // A computed call with a non-literal name could be `.match` in disguise.
      if (name === null || name === 'match') needsWatchdog = true;
    }
  });
  return { edits, needsWatchdog };
}
