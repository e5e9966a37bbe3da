/**
 * `mor-survey`: registers every element and exports their classes, the event types and the
 * schema types. `mor-survey/schema` has the schema without Lit or the DOM.
 */
import { define } from './internal/define.js';
import { MorSurvey } from './survey/mor-survey.js';
import { MorRespondent } from './questions/mor-respondent.js';
import { MorFrequency } from './questions/mor-frequency.js';
import { MorHealth } from './questions/mor-health.js';
import { MorChange } from './questions/mor-change.js';
import { MorLastInteraction } from './questions/mor-last-interaction.js';
import { MorIssues } from './questions/mor-issues.js';
import { MorReporting } from './questions/mor-reporting.js';

// The survey first: question elements already in the page then upgrade inside a survey that
// is listening for their context requests (the element modules themselves register nothing).
define('mor-survey', MorSurvey);
define('mor-respondent', MorRespondent);
define('mor-frequency', MorFrequency);
define('mor-health', MorHealth);
define('mor-change', MorChange);
define('mor-last-interaction', MorLastInteraction);
define('mor-issues', MorIssues);
define('mor-reporting', MorReporting);

export { MorSurvey, MorRespondent, MorFrequency, MorHealth, MorChange, MorLastInteraction, MorIssues, MorReporting };
export type * from './events/events.js';
export type { Answers, QuestionKey } from './payload/answers.js';
export type { Transport, TransportResult } from './submit/transport.js';
export type { StringOverrides, PluralText } from './i18n/strings.js';
export type { SurveyResponse, Respondent, Locale } from './schema/response.js';
