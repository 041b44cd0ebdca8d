// Rejects reassigning the ctx parameter of request/response or its direct properties
// (eslint no-disallowed-re-assignment checks depth 1 only; nested mutation such as ctx.stash.x = 1 is fine).

import type * as acorn from 'acorn';
import { ancestor, simple } from 'acorn-walk';
import { functionName, isFunctionNode, type FunctionNode } from './function-names';
import type { Violation } from './violation';

function isCtxOrTopLevel(node: acorn.Node, ctxName: string): boolean {
  if (node.type === 'Identifier') return (node as acorn.Identifier).name === ctxName;
  if (node.type === 'MemberExpression') {
    const object = (node as acorn.MemberExpression).object;
    return object.type === 'Identifier' && object.name === ctxName;
  }
  return false;
}

function checkHandler(fn: FunctionNode, found: Violation[]): void {
  const param = fn.params[0];
  if (!param || param.type !== 'Identifier') return;
  const ctxName = param.name;
  simple(fn.body, {
    AssignmentExpression(node) {
      const assignment = node as acorn.AssignmentExpression;
      if (isCtxOrTopLevel(assignment.left, ctxName)) {
        found.push({ offset: assignment.start, reason: `reassigning ${ctxName} or its top-level properties is not supported` });
      }
    },
    UnaryExpression(node) {
      const unary = node as acorn.UnaryExpression;
      if (unary.operator === 'delete' && isCtxOrTopLevel(unary.argument, ctxName)) {
        found.push({ offset: unary.start, reason: `deleting top-level properties of ${ctxName} is not supported` });
      }
    },
  });
}

export function findCtxReassignment(program: acorn.Program, handlerLocals: string[]): Violation[] {
  const found: Violation[] = [];
  const wanted = new Set(handlerLocals);
  ancestor(program, {
    Function(node, _state, ancestors) {
      if (!isFunctionNode(node)) return;
      // Only module-level handlers: nested helpers named `request` are not the exported ones.
      const depth = ancestors.filter(isFunctionNode).length;
      const name = functionName(node, ancestors[ancestors.length - 2]);
      if (depth === 1 && name && wanted.has(name)) checkHandler(node, found);
    },
  });
  return found;
}
