/** A share with its counts, so a reader always sees how many it is out of ("67% (2 of 3)"). */
export interface Rate {
  count: number;
  n: number;
  /** Whole per cent, or null when nobody answered (n = 0). */
  percent: number | null;
}

export const rate = (count: number, n: number): Rate => ({
  count,
  n,
  percent: n === 0 ? null : Math.round((count / n) * 100),
});

/** "67% (2 of 3)"; "no answers (0 of 0)" when there is nothing to divide by. */
export const rateText = (r: Rate): string =>
  r.percent === null ? `no answers (0 of 0)` : `${r.percent}% (${r.count} of ${r.n})`;
