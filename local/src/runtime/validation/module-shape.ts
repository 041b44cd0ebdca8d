// Reads a resolver module's imports and exports, rejects what AppSync would not link, and plans the
// in-place text edits that turn the ESM file into plain script code (line breaks never move).

import type * as acorn from 'acorn';
import { blankOut, keepLineBreaks, type TextEdit } from '../text-edits';
import type { Violation } from './violation';

/** Named exports each runtime module provides; `null` = accept any name (module not emulated). */
export const RUNTIME_MODULE_EXPORTS: Record<string, readonly string[] | null> = {
  '@aws-appsync/utils': ['util', 'extensions', 'runtime'],
  '@aws-appsync/utils/dynamodb': [
    'get', 'put', 'remove', 'update', 'query', 'scan', 'sync', 'batchGet', 'batchPut', 'batchDelete',
    'transactGet', 'transactWrite', 'operations', 'toStringSet', 'toNumberSet', 'toBinarySet',
  ],
  '@aws-appsync/utils/rds': null,
  '@aws-appsync/utils/ai': null,
};

export const MODULES_PARAM = '__appsync_modules';

export interface ModuleShape {
  /** exported name → local binding */
  exports: Map<string, string>;
  /** names imported from modules we do not emulate, by module */
  unemulatedImports: Map<string, Set<string>>;
  edits: TextEdit[];
  violations: Violation[];
}

function nameOf(node: acorn.Identifier | acorn.Literal): string {
  return node.type === 'Identifier' ? node.name : String(node.value);
}

function planImport(code: string, node: acorn.ImportDeclaration, shape: ModuleShape): void {
  const source = String(node.source.value);
  const known = RUNTIME_MODULE_EXPORTS[source];
  if (known === undefined) {
    shape.violations.push({
      offset: node.source.start,
      reason: `import of '${source}' is not allowed; only @aws-appsync/utils, @aws-appsync/utils/dynamodb, @aws-appsync/utils/rds and @aws-appsync/utils/ai may stay external (bundle everything else)`,
    });
    return;
  }
  const moduleRef = `${MODULES_PARAM}[${JSON.stringify(source)}]`;
  const parts: string[] = [];
  const named: string[] = [];
  for (const specifier of node.specifiers) {
    if (specifier.type === 'ImportNamespaceSpecifier') {
      parts.push(`${specifier.local.name} = ${moduleRef}`);
    } else if (specifier.type === 'ImportDefaultSpecifier') {
      shape.violations.push({ offset: specifier.start, reason: `'${source}' has no default export` });
    } else {
      const imported = nameOf(specifier.imported);
      if (known && !known.includes(imported)) {
        shape.violations.push({ offset: specifier.start, reason: `'${source}' does not provide an export named '${imported}'` });
      }
      if (!known) {
        if (!shape.unemulatedImports.has(source)) shape.unemulatedImports.set(source, new Set());
        shape.unemulatedImports.get(source)!.add(imported);
      }
      named.push(imported === specifier.local.name ? imported : `${JSON.stringify(imported)}: ${specifier.local.name}`);
    }
  }
  if (named.length > 0) parts.push(`{ ${named.join(', ')} } = ${moduleRef}`);
  const original = code.slice(node.start, node.end);
  const text = parts.length > 0 ? `const ${parts.join(', ')};` : ';';
  shape.edits.push({ start: node.start, end: node.end, text: keepLineBreaks(original, text) });
}

function declaredNames(declaration: acorn.Declaration): string[] {
  if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') {
    return declaration.id ? [declaration.id.name] : [];
  }
  if (declaration.type === 'VariableDeclaration') {
    return declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
  }
  return [];
}

export function readModuleShape(code: string, program: acorn.Program): ModuleShape {
  const shape: ModuleShape = { exports: new Map(), unemulatedImports: new Map(), edits: [], violations: [] };
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration') {
      planImport(code, node, shape);
    } else if (node.type === 'ExportAllDeclaration' || (node.type === 'ExportNamedDeclaration' && node.source)) {
      shape.violations.push({ offset: node.start, reason: 're-exporting from another module is not supported; bundle it' });
    } else if (node.type === 'ExportNamedDeclaration' && node.declaration) {
      for (const name of declaredNames(node.declaration)) shape.exports.set(name, name);
      // Blank `export ` rather than delete it, so the declaration keeps its columns.
      shape.edits.push({ start: node.start, end: node.declaration.start, text: blankOut(code.slice(node.start, node.declaration.start)) });
    } else if (node.type === 'ExportNamedDeclaration') {
      for (const specifier of node.specifiers) shape.exports.set(nameOf(specifier.exported), nameOf(specifier.local));
      shape.edits.push({ start: node.start, end: node.end, text: blankOut(code.slice(node.start, node.end)) });
    } else if (node.type === 'ExportDefaultDeclaration') {
      shape.exports.set('default', '__appsync_default');
      const head = code.slice(node.start, node.declaration.start);
      shape.edits.push({ start: node.start, end: node.declaration.start, text: keepLineBreaks(head, 'const __appsync_default = ') });
    }
  }
  for (const handler of ['request', 'response']) {
    if (!shape.exports.has(handler)) {
      shape.violations.push({ offset: 0, reason: `the code must export a function named '${handler}'` });
    }
  }
  return shape;
}
