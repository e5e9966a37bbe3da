import { HEALTH_SCORES } from '../schema/values.js';
import { QuestionElement } from './question-element.js';
import { simpleChoice } from './simple-choice.js';

/** The question drawn by this element, or by the survey itself when no question is placed. */
export const healthView = simpleChoice('health', HEALTH_SCORES);

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
  readonly question = 'health' as const;
  protected readonly view = healthView;
}


declare global {
  interface HTMLElementTagNameMap {
    'mor-health': MorHealth;
  }
}
