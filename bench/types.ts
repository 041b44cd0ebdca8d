// The contract between bench/run.ts and every bench/*.bench.ts module.

/** One measured value; the runner prints every row of every bench in one table. */
export interface BenchRow {
  /** The scenario, e.g. "1,000 subscribers, 1 group". */
  case: string;
  metric: string;
  value: number;
  unit: string;
}

/** What a bench/*.bench.ts module exports as `bench`. */
export interface BenchModule {
  name: string;
  run(): Promise<BenchRow[]>;
}
