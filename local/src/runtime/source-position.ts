// Converts character offsets in a source string to 1-based line / column pairs.
// Columns are 1-based too, matching V8 stack frames and editor conventions.

export interface LineColumn {
  line: number;
  column: number;
}

export function lineStarts(code: string): number[] {
  const starts = [0];
  for (let i = 0; i < code.length; i++) {
    if (code.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(starts: number[], offset: number): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
