import { nothing } from 'lit';
import { RESPONDENTS } from '../schema/values.js';
import { QuestionElement } from './question-element.js';
import { simpleChoice } from './simple-choice.js';
import type { QuestionView } from './view.js';

const choice = simpleChoice('respondent', RESPONDENTS);

/** The question drawn by this element, or by the survey itself; not asked when the respondent is set. */
export const respondentView: QuestionView = (scope) => (scope.survey.respondentFixed ? nothing : choice(scope));

/**
 * @tagname mor-respondent
 * @summary Are you a Member or an Officer? Asked only when the survey has no `respondent` attribute.
 * Place inside `<mor-survey>` to choose where it appears.
 *
 * @csspart question - The question's group.
 * @csspart legend - The question text.
 * @csspart options - The list of options.
 * @csspart option - One option (radio and label).
 * @csspart radio - A radio input.
 * @csspart option-label - An option's label.
 * @csspart error-message - The error shown beside the question.
 */
export class MorRespondent extends QuestionElement {
  readonly question = 'respondent' as const;
  protected readonly view = respondentView;
}


declare global {
  interface HTMLElementTagNameMap {
    'mor-respondent': MorRespondent;
  }
}
