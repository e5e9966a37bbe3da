import { QuestionElement } from './question-element.js';
import { textsView } from './texts-view.js';

/**
 * @tagname mor-last-interaction
 * @summary Thinking about your last interaction with {another}: three optional text areas
 * (what worked well, what did not, what to improve), each with a character count.
 *
 * @csspart question - The question's group.
 * @csspart legend - The question text.
 * @csspart hint - The advice not to include names.
 * @csspart field - One text area with its label and count.
 * @csspart label - A text area's label.
 * @csspart textarea - A text area.
 * @csspart count - The visible character count.
 * @csspart error-message - An error shown beside a text area.
 */
export class MorLastInteraction extends QuestionElement {
  static override readonly question = 'lastInteraction' as const;
  static override readonly view = textsView('lastInteraction');
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-last-interaction': MorLastInteraction;
  }
}
