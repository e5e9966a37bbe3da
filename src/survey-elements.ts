/**
 * Registers `<mor-survey>` and its question elements and exports their classes and types: the
 * editors' bundle `dist/mor-survey.js` is built from this file (without the results, so a page
 * with the survey does not carry them). The package root (`index.ts`) adds `<mor-results>`.
 */
import { question } from './catalogue/questions.js';
import { define } from './internal/define.js';
import { MorSurvey } from './survey/mor-survey.js';
import { QUESTION_ELEMENTS } from './questions/elements.js';

// The survey first: question elements already in the page then upgrade inside a survey that
// is listening for their context requests (the element modules themselves register nothing).
define('mor-survey', MorSurvey);
for (const element of QUESTION_ELEMENTS) define(question(element.question).tag, element);

export { MorSurvey };
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
