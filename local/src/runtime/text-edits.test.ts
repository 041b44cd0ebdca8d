import { describe, expect, it } from 'vitest';
import { applyEdits, blankOut, keepLineBreaks } from './text-edits';

describe('applyEdits', () => {
  it('maps positions after a longer replacement back to the original column', () => {
    // Prepare
    const original = 'import { a } from "m"; foo();\nbar();';
    const edit = { start: 0, end: 22, text: 'const { a } = __modules["m"];' };

    // Act
    const edited = applyEdits(original, [edit]);

    // Assess
    expect(edited.code).toBe('const { a } = __modules["m"]; foo();\nbar();');
    expect(edited.toOriginal({ line: 1, column: 31 })).toEqual({ line: 1, column: 24 });
    expect(edited.toOriginal({ line: 2, column: 1 })).toEqual({ line: 2, column: 1 });
  });

  it('maps a position inside a multi-line replacement to the start of the replaced text', () => {
    // Prepare
    const original = 'x;\nimport {\n  a\n} from "m"; y();';
    const start = original.indexOf('import');
    const end = original.indexOf(';', start) + 1;
    const text = keepLineBreaks(original.slice(start, end), 'const { a } = M;');

    // Act
    const edited = applyEdits(original, [{ start, end, text }]);

    // Assess
    expect(edited.code.split('\n')).toHaveLength(4);
    expect(edited.toOriginal({ line: 2, column: 3 })).toEqual({ line: 2, column: 1 });
    expect(edited.toOriginal({ line: 4, column: 2 })).toEqual({ line: 4, column: 13 });
  });

  it('rejects an edit that would move line breaks', () => {
    // Prepare
    const original = 'a\nb';

    // Act
    const act = () => applyEdits(original, [{ start: 0, end: 3, text: 'ab' }]);

    // Assess
    expect(act).toThrow(/line breaks/);
  });

  it('blanks text without moving line breaks', () => {
    // Prepare
    const original = 'export {\n  a\n};';

    // Act
    const blanked = blankOut(original);

    // Assess
    expect(blanked).toBe('        \n   \n  ');
  });
});
