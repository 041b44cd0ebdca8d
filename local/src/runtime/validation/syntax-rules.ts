// Rejects the syntax APPSYNC_JS refuses to save (spec §1.3, §12): the @aws-appsync/eslint-plugin base set
// plus `throw` and `finally`, which the linter misses but the runtime does not support either.

import type * as acorn from 'acorn';
import { full } from 'acorn-walk';
import type { Violation } from './violation';

type Rule = (node: acorn.AnyNode) => string | null;

function isFunction(node: acorn.AnyNode): node is acorn.Function & acorn.AnyNode {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
  );
}

// One row per eslint rule; each returns the reason or null.
const RULES: Record<string, Rule> = {
  'no-async': (n) => (isFunction(n) && n.async ? 'async functions are not supported' : null),
  'no-await': (n) => (n.type === 'AwaitExpression' ? 'await is not supported' : null),
  'no-promise': (n) =>
    n.type === 'NewExpression' && n.callee.type === 'Identifier' && n.callee.name === 'Promise'
      ? 'Promises are not supported'
      : null,
  'no-classes': (n) => (n.type === 'ClassDeclaration' || n.type === 'ClassExpression' ? 'classes are not supported' : null),
  'no-for': (n) => (n.type === 'ForStatement' ? 'for(;;) loops are not supported; use for-in or for-of' : null),
  'no-while': (n) =>
    n.type === 'WhileStatement' || n.type === 'DoWhileStatement' ? 'while and do-while loops are not supported' : null,
  'no-continue': (n) => (n.type === 'ContinueStatement' ? 'continue is not supported' : null),
  'no-labels': (n) => (n.type === 'LabeledStatement' ? 'labeled statements are not supported' : null),
  'no-this': (n) => (n.type === 'ThisExpression' ? 'this is not supported' : null),
  'no-try': (n) => (n.type === 'TryStatement' ? 'try/catch/finally is not supported; use util.error' : null),
  'no-throw': (n) => (n.type === 'ThrowStatement' ? 'throw is not supported; use util.error' : null),
  'no-generators': (n) => (isFunction(n) && n.generator ? 'generator functions are not supported' : null),
  'no-yield': (n) => (n.type === 'YieldExpression' ? 'yield is not supported' : null),
  'no-regex': (n) =>
    n.type === 'Literal' && n.regex ? 'regular expression literals are not supported; use util.matches' : null,
  'no-in-operator': (n) =>
    n.type === 'BinaryExpression' && n.operator === 'in' ? 'the in operator is not supported; use Object.hasOwn()' : null,
  'no-disallowed-binary-operators': (n) =>
    n.type === 'BinaryExpression' && n.operator === 'instanceof' ? 'the instanceof operator is not supported' : null,
  'no-disallowed-unary-operators': (n) => {
    if (n.type === 'UpdateExpression') return `the ${n.operator} operator is not supported`;
    if (n.type === 'UnaryExpression' && n.operator === '~') return 'the ~ operator is not supported';
    return null;
  },
  'no-dynamic-import': (n) =>
    n.type === 'ImportExpression' || n.type === 'MetaProperty' ? `${n.type === 'ImportExpression' ? 'import()' : 'meta properties'} are not supported` : null,
};

export function findSyntaxViolations(program: acorn.Program): Violation[] {
  const found: Violation[] = [];
  const rules = Object.values(RULES);
  full(program, (node) => {
    for (const rule of rules) {
      const reason = rule(node as acorn.AnyNode);
      if (reason) found.push({ offset: node.start, reason });
    }
  });
  return found;
}
