import { html } from 'lit';
import { EXPERIENCED, REPORTED } from '../schema/values.js';
import type { IssuesAnswer } from '../payload/answers.js';
import { renderChoice } from './choice.js';
import { QuestionElement } from './question-element.js';
import { renderTextArea } from './text-area.js';
import { text, type QuestionView } from './view.js';

/** The question drawn by this element, or by the survey itself when no question is placed. */
export const issuesView: QuestionView = ({ survey, announcer }) => {
  const issues = survey.answers.issues ?? {};
  const change = (patch: Partial<IssuesAnswer>) => survey.setAnswer('issues', { ...survey.answers.issues, ...patch });
  const prefix = text(survey, 'error.prefix');
  const followUps = html`
    ${renderChoice({
      field: 'issues.reported',
      legend: text(survey, 'issues.reported.question'),
      error: survey.errors['issues.reported'],
      errorPrefix: prefix,
      nested: true,
      options: REPORTED.map((value) => ({ value, label: text(survey, `issues.reported.option.${value}`) })),
      selected: issues.reported,
      onSelect: (reported) => change({ reported }),
    })}
    ${renderTextArea({
      field: 'issues.details',
      label: text(survey, 'issues.details'),
      value: issues.details,
      error: survey.errors['issues.details'],
      strings: survey.strings,
      announcer,
      secondary: true,
      onInput: (details) => change({ details }),
    })}
  `;
  return renderChoice({
    field: 'issues.experienced',
    legend: text(survey, 'issues.question'),
    error: survey.errors['issues.experienced'],
    errorPrefix: prefix,
    options: EXPERIENCED.map((value) => ({
      value,
      label: text(survey, `issues.option.${value}`),
      reveals: value === 'yes' && issues.experienced === 'yes' ? followUps : undefined,
    })),
    selected: issues.experienced,
    onSelect: (experienced) => change({ experienced }),
  });
};

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
  protected readonly view = issuesView;
}


declare global {
  interface HTMLElementTagNameMap {
    'mor-issues': MorIssues;
  }
}
