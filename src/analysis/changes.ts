/**
 * Changes between two rounds' published figures (SPEC §13): for each group and measure that
 * both rounds publish, the difference in share with its 95% Newcombe hybrid score interval,
 * and whether that interval excludes zero. Uses only published figures, so it cannot reveal
 * anything suppression hid. Pure.
 */
import { newcombe } from './intervals.js';
import { MEASURES, measureOf } from './measures.js';
import { GROUPS, type Change, type Round } from './summary.js';

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
