/**
 * `mor-survey/results` and `dist/mor-results.js`: registers `<mor-results>` (SPEC §13). Kept
 * apart from the package root so a page with the survey does not carry the results, and the
 * editors' survey bundle stays within its budget.
 */
import { define } from '../internal/define.js';
import { MorResults } from './mor-results.js';

define('mor-results', MorResults);

export { MorResults };
export type { Summary } from '../analysis/summary.js';
