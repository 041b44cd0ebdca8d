// Turns validated ESM resolver code into one script expression: a module factory
// `(function (__appsync_modules) { …code… return { request, response }; })`. Imports and exports are
// rewritten in place (line breaks kept) so stack positions map back to the given file.

import { applyEdits, type EditedText, type TextEdit } from './text-edits';
import { MODULES_PARAM, type ModuleShape } from './validation/module-shape';

/** `extraEdits`: further in-place insertions (loop guards) that keep line breaks. */
export function rewriteModule(code: string, shape: ModuleShape, extraEdits: TextEdit[] = []): EditedText {
  const prefix = `(function (${MODULES_PARAM}) { "use strict"; `;
  const exported = [...shape.exports].map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
  const edited = applyEdits(code, [{ start: 0, end: 0, text: prefix }, ...shape.edits, ...extraEdits]);
  return { code: `${edited.code}\n;return { ${exported} };\n})`, toOriginal: edited.toOriginal };
}
