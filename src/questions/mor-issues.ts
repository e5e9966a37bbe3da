import { QuestionElement } from './question-element.js';
import { followUpView } from './follow-up-view.js';

/**
 * @tagname mor-issues
 * @summary Issues in the last 6 months. Only after Yes: "Did you report it?" (required) and
 * "Tell us more (optional)", revealed straight after the Yes option so they are the next tab stop.
 *
 * @csspart question - A question's group (the main one and the follow-up).
 * @csspart legend - A question text.
 * @csspart options - A list of options.
 * @csspart option - One option (radio and label).
 * @csspart radio - A radio input.
 * @csspart option-label - An option's label.
 * @csspart conditional - The follow-up questions shown after Yes.
 * @csspart field - The details text area with its label and count.
 * @csspart label - The details label.
 * @csspart hint - The advice not to include names, under the details label.
 * @csspart textarea - The details text area.
 * @csspart count - The visible character count.
 * @csspart error-message - An error shown beside a question.
 */
export class MorIssues extends QuestionElement {
  static override readonly question = 'issues' as const;
  static override readonly view = followUpView('issues');
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-issues': MorIssues;
  }
}
