/**
 * The shares the committee follows from round to round (SPEC §13), each a set of options of
 * one closed question. Health's "Good or very good" is the same set everywhere it is shown.
 */
import { question } from '../catalogue/questions.js';
import type { ClosedKey, MeasureKey } from './summary.js';

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
