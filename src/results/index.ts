/**
 * `mor-survey/results` and `dist/mor-results.js`: registers `<mor-results>` (SPEC §13). The
 * package root registers it too (SPEC §10); it is kept apart from the editors' survey bundle
 * (`dist/mor-survey.js`), so a survey page does not carry the results and that bundle stays
 * within its budget.
 */
import { define } from '../internal/define.js';
import { MorResults } from './mor-results.js';

define('mor-results', MorResults);

export { MorResults };
export type { Summary } from '../analysis/summary.js';
