/** One measured figure of `npm run bench`. */
export type BenchResult = {
  /** Short name, e.g. "Region resolution". */
  name: string;
  /** The measured value. */
  value: number;
  /** Unit of the value, e.g. "calls/s", "ms p95", "articles/s". */
  unit: string;
  /** Human-readable target, e.g. ">= 50,000 calls/s". */
  target?: string;
  /** Whether the measured value meets the target (undefined when there is no target). */
  pass?: boolean;
  /** Optional detail (sample size, dataset). */
  note?: string;
};

/** A benchmark module: bench/*.bench.ts files export one `run` of this type. */
export type BenchModule = { title: string; run: () => Promise<BenchResult[]> };
