import { QuestionElement } from './question-element.js';
import { choiceView } from './choice-view.js';

/**
 * @tagname mor-frequency
 * @summary How often do you interact with {others}?
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
export class MorFrequency extends QuestionElement {
  static override readonly question = 'frequency' as const;
  static override readonly view = choiceView('frequency');
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-frequency': MorFrequency;
  }
}
