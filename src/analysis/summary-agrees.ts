/**
 * How a summary's parts agree, which its shape alone cannot say: its rounds are `survey` and,
 * when given, `compare`; `changes` come exactly with `compare`; `trend` comes with
 * `trendRounds` (at most 12, each once, ending at `survey`) and every trend entry has a point
 * for each of them, in their order. Used by the zod schema and by `isSummary()`. Pure.
 */
import type { Summary } from './summary.js';

export function summaryAgrees({ survey, compare, rounds, changes, trend, trendRounds }: Summary): boolean {
  const ids = trendRounds?.map((round) => round.survey) ?? [];
  return (
    Object.keys(rounds).sort().join() === [survey, ...(compare === undefined ? [] : [compare])].sort().join() &&
    (compare === undefined) === (changes === undefined) &&
    (trend === undefined) === (trendRounds === undefined) &&
    (!trendRounds || (ids.at(-1) === survey && new Set(ids).size === ids.length && ids.length <= 12)) &&
    (trend ?? []).every(({ points }) => points.length === ids.length && points.every((point, i) => point.survey === ids[i]))
  );
}
