import { html, nothing } from 'lit';
import type { SurveyContext } from '../context/survey-context.js';
import { QuestionElement } from './question-element.js';
import { choiceView } from './choice-view.js';
import { text } from './view.js';

/** After No or Not sure, a link to the survey's `report-url` when it has one (SPEC §3.6). */
function reportLink(survey: SurveyContext) {
  const unsure = survey.answers.reporting === 'no' || survey.answers.reporting === 'not-sure';
  if (!survey.reportUrl || !unsure) return nothing;
  return html`<p class="report-link">
    <a href=${survey.reportUrl} part="report-link">${text(survey, 'reporting.link')}</a>
  </p>`;
}

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
  static override readonly question = 'reporting' as const;
  static override readonly view = choiceView('reporting', reportLink);
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-reporting': MorReporting;
  }
}
