import { FREQUENCIES } from '../schema/values.js';
import { QuestionElement } from './question-element.js';
import { simpleChoice } from './simple-choice.js';

/** The question drawn by this element, or by the survey itself when no question is placed. */
export const frequencyView = simpleChoice('frequency', FREQUENCIES);

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
  readonly question = 'frequency' as const;
  protected readonly view = frequencyView;
}


declare global {
  interface HTMLElementTagNameMap {
    'mor-frequency': MorFrequency;
  }
}
