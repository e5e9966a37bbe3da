/**
 * How a summary's parts agree, which its shape alone cannot say: its rounds are `survey` and,
 * when given, `compare`; `changes` come exactly with `compare`; `trend` with `trendRounds`,
 * which end at `survey`, and every trend entry has a point for each of them, in their order.
 * What `<mor-results>` relies on (`isSummary()`); the zod schema adds that the trend's rounds
 * are at most TREND_ROUNDS, each once (`trendRoundsAgree`). Pure.
 */
import type { Summary } from './summary.js';
import { TREND_ROUNDS } from './trend.js';

export function summaryAgrees({ survey, compare, rounds, changes, trend, trendRounds }: Summary): boolean {
  const ids = trendRounds?.map((round) => round.survey) ?? [];
  return (
    Object.keys(rounds).sort().join() === [survey, ...(compare === undefined ? [] : [compare])].sort().join() &&
    (compare === undefined) === (changes === undefined) &&
    (trend === undefined) === (trendRounds === undefined) &&
    (!trendRounds || ids.at(-1) === survey) &&
    (trend ?? []).every(({ points }) => points.length === ids.length && points.every((point, i) => point.survey === ids[i]))
  );
}

/** The trend's rounds are at most TREND_ROUNDS, each once. */
export const trendRoundsAgree = ({ trendRounds = [] }: Summary): boolean =>
  trendRounds.length <= TREND_ROUNDS && new Set(trendRounds.map((round) => round.survey)).size === trendRounds.length;
