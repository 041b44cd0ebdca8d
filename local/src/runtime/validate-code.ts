// The save-time gate: rejects resolver code AppSync would refuse (size, imports, exports, unsupported
// syntax) with a CodeValidationError naming the first offending position in the given file.

import { parse, type Program } from 'acorn';
import { CodeValidationError } from './code-validation-error';
import { lineStarts, positionAt } from './source-position';
import { findCtxReassignment } from './validation/ctx-reassignment-rule';
import { readModuleShape, type ModuleShape } from './validation/module-shape';
import { findRecursion } from './validation/recursion-rule';
import { findSyntaxViolations } from './validation/syntax-rules';
import type { Violation } from './validation/violation';

/** AppSync API reference, FunctionConfiguration.code: length 1–32768 (inline source maps included). */
export const MAX_CODE_LENGTH = 32_768;

export interface ValidatedCode {
  program: Program;
  shape: ModuleShape;
}

export function validateCode(code: string, fileName: string): ValidatedCode {
  const starts = lineStarts(code);
  const fail = (violation: Violation): never => {
    const { line, column } = positionAt(starts, violation.offset);
    throw new CodeValidationError(fileName, line, column, violation.reason);
  };

  if (code.length === 0) fail({ offset: 0, reason: 'the code is empty' });
  if (code.length > MAX_CODE_LENGTH) {
    fail({ offset: MAX_CODE_LENGTH, reason: `the code is ${code.length} characters long; AppSync accepts at most ${MAX_CODE_LENGTH}` });
  }

  let program: Program;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch (error) {
    const { pos, message } = error as { pos?: number; message: string };
    return fail({ offset: pos ?? 0, reason: `SyntaxError: ${message.replace(/ \(\d+:\d+\)$/, '')}` });
  }

  const shape = readModuleShape(code, program);
  const handlerLocals = ['request', 'response'].flatMap((name) => {
    const local = shape.exports.get(name);
    return local ? [local] : [];
  });
  const violations = [
    ...shape.violations,
    ...findSyntaxViolations(program),
    ...findCtxReassignment(program, handlerLocals),
    ...findRecursion(program),
  ];
  if (violations.length > 0) {
    violations.sort((a, b) => a.offset - b.offset);
    fail(violations[0]);
  }
  return { program, shape };
}
