// The error loadResolverCode throws for code AppSync would refuse to save.
// Its message always starts with `<fileName>:<line>:<column>: ` so editors can jump to the spot.

export class CodeValidationError extends Error {
  readonly fileName: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(fileName: string, line: number, column: number, reason: string) {
    super(`${fileName}:${line}:${column}: ${reason}`);
    this.name = 'CodeValidationError';
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}
