/**
 * The shares the committee follows from round to round (SPEC §13), each a set of options of
 * one closed question. Health's "Good or very good" is GOOD: the same set wherever it is
 * counted (the summary's `good`, the changes, the trend) or drawn (the health chart's
 * positive side). `measureOf()` reads a measure from a round's published figures, for the
 * changes and the trend.
 */
import { question } from '../catalogue/questions.js';
import { isSuppressed, type Answers, type ClosedKey, type GroupKey, type MeasureKey, type Round } from './summary.js';

export interface Measure {
  readonly key: MeasureKey;
  readonly item: ClosedKey;
  readonly options: readonly string[];
}

/** Health's Good (4) and Very good (5): the top two points of the rating. */
export const GOOD: Measure = { key: 'health.good', item: 'health', options: question('health').options.slice(-2).map(String) };

export const MEASURES: readonly Measure[] = [
  GOOD,
  { key: 'change.improved', item: 'change', options: ['improved'] },
  { key: 'change.worse', item: 'change', options: ['worse'] },
  { key: 'issues.yes', item: 'issues.experienced', options: ['yes'] },
  { key: 'reporting.yes', item: 'reporting', options: ['yes'] },
];

/** How many of a group's published answers fall in the measure's options. */
export const measureCount = (answers: Pick<Answers, 'options'>, measure: Measure): number =>
  measure.options.reduce((total, code) => total + answers.options[code]!.count, 0);

/** The measure's count and base in one round's group, or undefined when not published. */
export function measureOf(round: Round, group: GroupKey, measure: Measure): { count: number; answered: number } | undefined {
  const shown = round.groups[group];
  if (isSuppressed(shown)) return undefined;
  const answers = shown.questions[measure.item];
  if (isSuppressed(answers)) return undefined;
  return { count: measureCount(answers, measure), answered: (answers as Answers).answered };
}
