import { QuestionElement } from './question-element.js';
import { choiceView } from './choice-view.js';

/**
 * @tagname mor-health
 * @summary How would you describe the current health of the relationship? Posted as a number 1–5.
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
export class MorHealth extends QuestionElement {
  static override readonly question = 'health' as const;
  static override readonly view = choiceView('health');
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-health': MorHealth;
  }
}
