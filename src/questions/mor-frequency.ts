import { FREQUENCIES } from '../schema/values.js';
import { define } from '../internal/define.js';
import { SimpleChoiceQuestion } from './simple-choice.js';

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
export class MorFrequency extends SimpleChoiceQuestion<'frequency'> {
  readonly question = 'frequency' as const;
  protected readonly values = FREQUENCIES;
}

define('mor-frequency', MorFrequency);

declare global {
  interface HTMLElementTagNameMap {
    'mor-frequency': MorFrequency;
  }
}
