/**
 * `mor-survey`: registers every element (SPEC §10) and exports their classes, the event types
 * and the schema types. `<mor-survey>` and its questions come from `survey-elements.ts` (the
 * editors' bundle), `<mor-results>` from `results/index.ts` (also `mor-survey/results` alone).
 * `mor-survey/schema` and `mor-survey/analysis` need no DOM (the receiver is the separate
 * `mor-survey-server` package).
 */
export * from './survey-elements.js';
export { MorResults } from './results/index.js';
export type { Summary } from './analysis/summary.js';
