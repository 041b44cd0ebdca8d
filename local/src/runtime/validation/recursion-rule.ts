// Rejects direct and indirect recursion (eslint no-recursion). Calls made inside anonymous callbacks
// count for the named function around them, because at run time they recurse just the same.

import type * as acorn from 'acorn';
import { ancestor } from 'acorn-walk';
import { functionName, isFunctionNode } from './function-names';
import type { Violation } from './violation';

interface CallEdge {
  caller: string;
  callee: string;
  offset: number;
}

function enclosingName(ancestors: acorn.Node[]): string | null {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const node = ancestors[i];
    if (isFunctionNode(node)) {
      const name = functionName(node, ancestors[i - 1]);
      if (name) return name;
    }
  }
  return null;
}

export function findRecursion(program: acorn.Program): Violation[] {
  const defined = new Set<string>();
  const edges: CallEdge[] = [];
  ancestor(program, {
    Function(node, _state, ancestors) {
      const name = functionName(node as never, ancestors[ancestors.length - 2]);
      if (name) defined.add(name);
    },
    CallExpression(node, _state, ancestors) {
      const call = node as acorn.CallExpression;
      const caller = enclosingName(ancestors);
      if (caller && call.callee.type === 'Identifier') {
        edges.push({ caller, callee: call.callee.name, offset: call.start });
      }
    },
  });

  const calls = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!defined.has(edge.callee)) continue;
    if (!calls.has(edge.caller)) calls.set(edge.caller, new Set());
    calls.get(edge.caller)!.add(edge.callee);
  }

  function reaches(from: string, to: string): boolean {
    const seen = new Set<string>();
    const pending = [from];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (current === to) return true;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const next of calls.get(current) ?? []) pending.push(next);
    }
    return false;
  }

  return edges
    .filter((edge) => defined.has(edge.callee) && reaches(edge.callee, edge.caller))
    .map((edge) => ({
      offset: edge.offset,
      reason:
        edge.callee === edge.caller
          ? `recursion is not supported (${edge.caller} calls itself)`
          : `recursion is not supported (${edge.caller} -> ${edge.callee} -> … -> ${edge.caller})`,
    }));
}
