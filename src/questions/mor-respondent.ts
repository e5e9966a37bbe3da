import { RESPONDENTS } from '../schema/values.js';
import { define } from '../internal/define.js';
import { SimpleChoiceQuestion } from './simple-choice.js';

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
export class MorRespondent extends SimpleChoiceQuestion<'respondent'> {
  readonly question = 'respondent' as const;
  protected readonly values = RESPONDENTS;

  protected override isAsked(): boolean {
    return !this.survey?.respondentFixed;
  }
}

define('mor-respondent', MorRespondent);

declare global {
  interface HTMLElementTagNameMap {
    'mor-respondent': MorRespondent;
  }
}
