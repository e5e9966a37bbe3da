/**
 * Over time (SPEC §13): each measure for each group, one point per round, oldest first, from
 * each round's published figures only, so a point is hidden exactly where that round's
 * summary hides the figure. Which rounds, in which order: `trendRounds()`. Pure.
 */
import { figure } from './intervals.js';
import { MEASURES, measureOf } from './measures.js';
import { GROUPS, type Round, type Trend } from './summary.js';

/** The most rounds a trend shows: six years of a twice-yearly survey. */
export const TREND_ROUNDS = 12;

/**
 * The rounds of a trend ending at `survey`: of the rounds found (`found`, each with the time it
 * is ordered by: its `opens`, else its first response), those up to and including `survey`,
 * oldest first, at most TREND_ROUNDS. `survey` is always the last, even with no responses.
 */
export function trendRounds(found: ReadonlyMap<string, string | undefined>, survey: string): string[] {
  const at = (id: string) => Date.parse(found.get(id) ?? '');
  const end = Number.isNaN(at(survey)) ? Infinity : at(survey);
  const before = [...found.keys()].filter((id) => id !== survey && at(id) <= end);
  before.sort((a, b) => at(a) - at(b) || (a < b ? -1 : 1));
  return [...before, survey].slice(-TREND_ROUNDS);
}

/** Every measure for every group over `rounds` (oldest first), as SPEC §13 shapes `trend`. */
export function trendOf(rounds: readonly (readonly [string, Round])[]): Trend[] {
  return MEASURES.flatMap((measure) =>
    GROUPS.map((group) => ({
      measure: measure.key,
      group,
      points: rounds.map(([survey, round]) => {
        const shown = measureOf(round, group, measure);
        if (!shown) return { survey, suppressed: true as const };
        const { count, answered } = shown;
        const { share, low, high } = figure(count, answered);
        return { survey, count, answered, share, low, high };
      }),
    })),
  );
}
