/**
 * How big each bench runs. `npm run bench` measures at full size; BENCH_QUICK=1 (what `npm test`
 * runs, in test/bench/quick-bench.test.ts) runs every step small, only to prove it still runs to
 * the end and prints its figures. A named environment variable (BENCH_RUNS, BENCH_RECORDS …) wins.
 */
export const QUICK = process.env.BENCH_QUICK === '1';

export const size = (variable: string, full: number, quick: number): number =>
  Number(process.env[variable] ?? (QUICK ? quick : full));

/** The value at fraction `p` of an ascending list of timings (the median at 0.5): what every bench prints. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
