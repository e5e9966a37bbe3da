/**
 * `mor-survey/analysis`: the committee's summary (SPEC §13). `summarise()` and the `Summary`
 * zod schema, the intervals it uses, and what it counts (read from the question catalogue).
 * No DOM, no Lit: runs in Node (the receiver's `/api/results`, the `mor-survey-summarise`
 * command) and in the browser.
 */
export {
  summarise,
  type SummariseOptions,
  type Population,
  type RoundsFile,
  type RoundsFileEntry,
} from './summarise.js';
export { isPopulation, roundsFileEntry } from './rounds-file.js';
export { ResponseError } from './tally.js';
export { TREND_ROUNDS } from './trend.js';
export {
  summarySchema,
  summaryShapeSchema,
  parseSummary,
  figureSchema,
  groupSchema,
  roundSchema,
  changeSchema,
  trendSchema,
  suppressedSchema,
} from './summary-schema.js';
export { isSummary } from './is-summary.js';
export { wilson, newcombe, Z_95, type Interval, type Difference } from './intervals.js';
export { CLOSED_ITEMS, COMMENT_FIELDS, type ClosedItem, type CommentField, type AskedAfter } from './items.js';
export { MEASURES, GOOD, measureCount, type Measure } from './measures.js';
export { readResponses, type ReadResult } from './read-responses.js';
export * from './summary.js';
