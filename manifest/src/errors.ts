// ManifestError: the one error the manifest raises for a mistake in schema/ or resolvers/. Every
// problem names the offending file, so the message alone is enough to fix it.

export interface ManifestProblem {
  /** Repo-relative posix path of the file (or folder) at fault. */
  file: string;
  reason: string;
}

export class ManifestError extends Error {
  readonly problems: readonly ManifestProblem[];

  constructor(problems: ManifestProblem[]) {
    super(problems.map((problem) => `${problem.file}: ${problem.reason}`).join('\n'));
    this.name = 'ManifestError';
    this.problems = problems;
  }
}
