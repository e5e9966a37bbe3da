/**
 * 95% intervals for shares and for the difference of two shares, and a count as the summary
 * publishes it (`figure()`: its share and interval). Pure arithmetic.
 *
 * - A share: the Wilson score interval (Wilson 1927; method 3 of Newcombe 1998a), which keeps
 *   sensible bounds at 0%, 100% and small n, where the textbook normal approximation fails.
 * - A difference between two independent shares: Newcombe's hybrid score interval (method 10
 *   of Newcombe 1998b, *Statistics in Medicine* 17:873–890), built from the two Wilson intervals.
 *
 * test/node/analysis-intervals.test.mjs checks both against the published tables.
 */
import type { Figure } from './summary.js';

/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** The Wilson score interval for `count` out of `n` (n ≥ 1). Exactly 0 at 0/n and 1 at n/n. */
export function wilson(count: number, n: number, z = Z_95): Interval {
  const p = count / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At the ends the formula gives 0 and 1 up to rounding; say them exactly.
  return { low: count === 0 ? 0 : Math.max(0, centre - half), high: count === n ? 1 : Math.min(1, centre + half) };
}

/** A count out of n (n ≥ 1) with its share and 95% Wilson interval: every figure of a summary. */
export const figure = (count: number, n: number): Figure => ({ count, share: count / n, ...wilson(count, n) });

export interface Difference extends Interval {
  /** p1 − p2. */
  difference: number;
}

/** Newcombe's hybrid score interval for p1 − p2, with p1 = x1/n1 and p2 = x2/n2 (n1, n2 ≥ 1). */
export function newcombe(x1: number, n1: number, x2: number, n2: number, z = Z_95): Difference {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilson(x1, n1, z);
  const b = wilson(x2, n2, z);
  const difference = p1 - p2;
  return {
    difference,
    low: difference - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: difference + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}
