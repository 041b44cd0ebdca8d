// Turns an exception that escaped handler code into AppSync's `Code` error (spec §1.5):
// message `code.js:<line>:<col>: <ErrorName>: <text>`, positions in the loaded (bundled) file.

import type { LineColumn } from './source-position';
import type { AppSyncErrorInfo } from './types';

/** The file name AppSync reports for every resolver, whatever it was called on disk. */
export const CODE_FILE_NAME = 'code.js';

const FRAME = /\(?code\.js:(\d+):(\d+)\)?/;

export interface ThrownError {
  name: string;
  message: string;
  stack: string;
}

/** Where in the loaded file the exception was raised (its first code.js frame), if known. */
export function codePosition(thrown: ThrownError, toOriginal: (position: LineColumn) => LineColumn): LineColumn | null {
  const frame = FRAME.exec(thrown.stack.split('\n').slice(1).join('\n'));
  return frame ? toOriginal({ line: Number(frame[1]), column: Number(frame[2]) }) : null;
}

/** `where`: the position codePosition found, if any. */
export function codeError(thrown: ThrownError, where: LineColumn | null): AppSyncErrorInfo {
  const prefix = where ? `${CODE_FILE_NAME}:${where.line}:${where.column}` : CODE_FILE_NAME;
  return { message: `${prefix}: ${thrown.name}: ${thrown.message}`, errorType: 'Code', data: null, errorInfo: null };
}
