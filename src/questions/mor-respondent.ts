import { nothing } from 'lit';
import { QuestionElement } from './question-element.js';
import { choiceView } from './choice-view.js';
import type { QuestionView } from './view.js';

const choice = choiceView('respondent');

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
  static override readonly question = 'respondent' as const;
  static override readonly view = ((scope) => (scope.survey.respondentFixed ? nothing : choice(scope))) as QuestionView;
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-respondent': MorRespondent;
  }
}
