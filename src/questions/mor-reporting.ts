import { html, nothing } from 'lit';
import { KNOWS_HOW } from '../schema/values.js';
import { QuestionElement } from './question-element.js';
import { simpleChoice } from './simple-choice.js';
import { text } from './view.js';

/**
 * The question drawn by this element, or by the survey itself. After No or Not sure, a link
 * to the survey's `report-url` when it has one.
 */
export const reportingView = simpleChoice('reporting', KNOWS_HOW, (survey) => {
  const unsure = survey.answers.reporting === 'no' || survey.answers.reporting === 'not-sure';
  if (!survey.reportUrl || !unsure) return nothing;
  return html`<p class="report-link">
    <a href=${survey.reportUrl} part="report-link">${text(survey, 'reporting.link')}</a>
  </p>`;
});

/**
 * @tagname mor-reporting
 * @summary Do you know how to report an issue? When the answer is No or Not sure and the survey
 * has a `report-url`, a link to that page appears under the question.
 *
 * @csspart question - The question's group.
 * @csspart legend - The question text.
 * @csspart options - The list of options.
 * @csspart option - One option (radio and label).
 * @csspart radio - A radio input.
 * @csspart option-label - An option's label.
 * @csspart error-message - The error shown beside the question.
 * @csspart report-link - The "Find out how to report an issue" link.
 */
export class MorReporting extends QuestionElement {
  readonly question = 'reporting' as const;
  protected readonly view = reportingView;
}


declare global {
  interface HTMLElementTagNameMap {
    'mor-reporting': MorReporting;
  }
}
