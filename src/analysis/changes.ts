/**
 * Changes between two rounds' published figures (SPEC §13): for each group and measure that
 * both rounds publish, the difference in share with its 95% Newcombe hybrid score interval,
 * and whether that interval excludes zero. Uses only published figures, so it cannot reveal
 * anything suppression hid. Pure.
 */
import { newcombe } from './intervals.js';
import { MEASURES, measureCount, type Measure } from './measures.js';
import { GROUPS, isSuppressed, type Answers, type Change, type GroupKey, type Round } from './summary.js';

/** The measure's count and base in one round's group, or undefined when not published. */
export function measureOf(round: Round, group: GroupKey, measure: Measure): { count: number; answered: number } | undefined {
  const shown = round.groups[group];
  if (isSuppressed(shown)) return undefined;
  const answers = shown.questions[measure.item];
  if (isSuppressed(answers)) return undefined;
  return { count: measureCount(answers, measure), answered: (answers as Answers).answered };
}

/** Every change from `before` to `after`, group by group in the order of GROUPS and MEASURES. */
export function changesBetween(before: Round, after: Round): Change[] {
  const changes: Change[] = [];
  for (const group of GROUPS) {
    for (const measure of MEASURES) {
      const from = measureOf(before, group, measure);
      const to = measureOf(after, group, measure);
      if (!from || !to) continue;
      const { difference, low, high } = newcombe(to.count, to.answered, from.count, from.answered);
      changes.push({
        measure: measure.key,
        group,
        from: from.count / from.answered,
        to: to.count / to.answered,
        difference,
        low,
        high,
        significant: low > 0 || high < 0,
      });
    }
  }
  return changes;
}
