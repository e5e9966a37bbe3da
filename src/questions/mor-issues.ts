import { html, nothing } from 'lit';
import { EXPERIENCED, REPORTED } from '../schema/values.js';
import { define } from '../internal/define.js';
import type { IssuesAnswer } from '../payload/answers.js';
import { renderChoice } from './choice.js';
import { QuestionElement } from './question-element.js';
import { CountAnnouncer, renderTextArea } from './text-area.js';

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
 * @csspart textarea - The details text area.
 * @csspart count - The visible character count.
 * @csspart error-message - An error shown beside a question.
 */
export class MorIssues extends QuestionElement {
  readonly question = 'issues' as const;
  private readonly announcer = new CountAnnouncer(this);

  private update_(patch: Partial<IssuesAnswer>) {
    const survey = this.survey!;
    survey.setAnswer('issues', { ...survey.answers.issues, ...patch });
  }

  override render() {
    const survey = this.survey;
    if (!survey) return nothing;
    const issues = survey.answers.issues ?? {};
    const prefix = this.text('error.prefix');
    const followUps = html`
      ${renderChoice({
        field: 'issues.reported',
        legend: this.text('issues.reported.question'),
        error: this.errorFor('issues.reported'),
        errorPrefix: prefix,
        nested: true,
        options: REPORTED.map((value) => ({ value, label: this.text(`issues.reported.option.${value}`) })),
        selected: issues.reported,
        onSelect: (reported) => this.update_({ reported }),
      })}
      ${renderTextArea({
        field: 'issues.details',
        label: this.text('issues.details'),
        value: issues.details,
        error: this.errorFor('issues.details'),
        strings: survey.strings,
        announcer: this.announcer,
        secondary: true,
        onInput: (details) => this.update_({ details }),
      })}
    `;
    return renderChoice({
      field: 'issues.experienced',
      legend: this.text('issues.question'),
      error: this.errorFor('issues.experienced'),
      errorPrefix: prefix,
      options: EXPERIENCED.map((value) => ({
        value,
        label: this.text(`issues.option.${value}`),
        reveals: value === 'yes' && issues.experienced === 'yes' ? followUps : undefined,
      })),
      selected: issues.experienced,
      onSelect: (experienced) => this.update_({ experienced }),
    });
  }
}

define('mor-issues', MorIssues);

declare global {
  interface HTMLElementTagNameMap {
    'mor-issues': MorIssues;
  }
}
