/**
 * `mor-survey`: registers every element (the survey first) and exports their classes, the
 * event types and the schema types. `mor-survey/schema` has the schema without Lit or the DOM.
 */
export { MorSurvey } from './survey/mor-survey.js';
export { MorRespondent } from './questions/mor-respondent.js';
export { MorFrequency } from './questions/mor-frequency.js';
export { MorHealth } from './questions/mor-health.js';
export { MorChange } from './questions/mor-change.js';
export { MorLastInteraction } from './questions/mor-last-interaction.js';
export { MorIssues } from './questions/mor-issues.js';
export { MorReporting } from './questions/mor-reporting.js';
export type * from './events/events.js';
export type { Answers, QuestionKey } from './payload/answers.js';
export type { Transport, TransportResult } from './submit/transport.js';
export type { StringOverrides, PluralText } from './i18n/strings.js';
export type { SurveyResponse, Respondent, Locale } from './schema/response.js';
