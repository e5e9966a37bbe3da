import { QuestionElement } from './question-element.js';
import { choiceView } from './choice-view.js';

/**
 * @tagname mor-change
 * @summary Has the relationship improved, stayed the same or become worse over the last 6 months?
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
export class MorChange extends QuestionElement {
  static override readonly question = 'change' as const;
  static override readonly view = choiceView('change');
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-change': MorChange;
  }
}
