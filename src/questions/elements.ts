/**
 * Every question element, in no particular order: the catalogue says the order and the tags
 * (`src/catalogue/questions.ts`); `src/survey-elements.ts` registers these under those tags.
 */
import type { QuestionKey } from '../catalogue/questions.js';
import { MorRespondent } from './mor-respondent.js';
import { MorFrequency } from './mor-frequency.js';
import { MorHealth } from './mor-health.js';
import { MorChange } from './mor-change.js';
import { MorLastInteraction } from './mor-last-interaction.js';
import { MorIssues } from './mor-issues.js';
import { MorReporting } from './mor-reporting.js';
import type { QuestionView } from './view.js';

export const QUESTION_ELEMENTS = [MorRespondent, MorFrequency, MorHealth, MorChange, MorLastInteraction, MorIssues, MorReporting];

/** How the question `key` is drawn: the view of the element that asks it. */
export const viewOf = (key: QuestionKey): QuestionView => QUESTION_ELEMENTS.find((element) => element.question === key)!.view;
