// Names the functions of a module the way the APPSYNC_JS lint rules do: declarations by their id,
// function expressions and arrows by the variable they initialise.

import type * as acorn from 'acorn';

export type FunctionNode = acorn.FunctionDeclaration | acorn.FunctionExpression | acorn.ArrowFunctionExpression;

export function isFunctionNode(node: acorn.Node): node is FunctionNode {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
  );
}

/** The name a function is called by, or null when it is anonymous (e.g. an inline callback). */
export function functionName(fn: FunctionNode, parent: acorn.Node | undefined): string | null {
  if (fn.id) return fn.id.name;
  if (parent?.type === 'VariableDeclarator') {
    const declarator = parent as acorn.VariableDeclarator;
    if (declarator.init === fn && declarator.id.type === 'Identifier') return declarator.id.name;
  }
  return null;
}
