// Applies non-overlapping text replacements that keep every line break where it was, and maps
// positions in the edited text back to the original so runtime errors point at the given file.

import { lineStarts, positionAt, type LineColumn } from './source-position';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface EditedText {
  code: string;
  toOriginal(position: LineColumn): LineColumn;
}

interface PlacedEdit {
  genStart: LineColumn;
  genEnd: LineColumn;
  origStart: LineColumn;
  origEnd: LineColumn;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function before(a: LineColumn, b: LineColumn): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

/** Pads a replacement with the line breaks of the text it replaces, so later lines keep their numbers. */
export function keepLineBreaks(original: string, replacement: string): string {
  return replacement + '\n'.repeat(Math.max(0, countNewlines(original) - countNewlines(replacement)));
}

/** Blanks a range while keeping its line breaks, so nothing after it moves. */
export function blankOut(original: string): string {
  return original.replace(/[^\n]/g, ' ');
}

export function applyEdits(original: string, edits: TextEdit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const origStarts = lineStarts(original);
  let code = '';
  let cursor = 0;
  const genOffsets: { start: number; end: number; edit: TextEdit }[] = [];
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error('overlapping edits');
    if (countNewlines(original.slice(edit.start, edit.end)) !== countNewlines(edit.text)) {
      throw new Error('an edit must keep the number of line breaks');
    }
    code += original.slice(cursor, edit.start);
    const start = code.length;
    code += edit.text;
    genOffsets.push({ start, end: code.length, edit });
    cursor = edit.end;
  }
  code += original.slice(cursor);
  const genStarts = lineStarts(code);
  const placed: PlacedEdit[] = genOffsets.map(({ start, end, edit }) => ({
    genStart: positionAt(genStarts, start),
    genEnd: positionAt(genStarts, end),
    origStart: positionAt(origStarts, edit.start),
    origEnd: positionAt(origStarts, edit.end),
  }));

  function toOriginal(position: LineColumn): LineColumn {
    let shifted: PlacedEdit | undefined;
    for (const edit of placed) {
      if (before(edit.genStart, position) && !before(edit.genEnd, position)) {
        return edit.origStart;
      }
      if (edit.genEnd.line === position.line && before(edit.genEnd, position)) shifted = edit;
    }
    if (!shifted) return position;
    return { line: shifted.origEnd.line, column: position.column - shifted.genEnd.column + shifted.origEnd.column };
  }

  return { code, toOriginal };
}
