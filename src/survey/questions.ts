/** The question elements a survey knows, and the default set of SPEC §3 in order. */
import { html } from 'lit';
import type { QuestionKey } from '../payload/answers.js';
import '../questions/mor-respondent.js';
import '../questions/mor-frequency.js';
import '../questions/mor-health.js';
import '../questions/mor-change.js';
import '../questions/mor-last-interaction.js';
import '../questions/mor-issues.js';
import '../questions/mor-reporting.js';

export const QUESTION_TAGS: Record<string, QuestionKey> = {
  'mor-respondent': 'respondent',
  'mor-frequency': 'frequency',
  'mor-health': 'health',
  'mor-change': 'change',
  'mor-last-interaction': 'lastInteraction',
  'mor-issues': 'issues',
  'mor-reporting': 'reporting',
};

/**
 * The question elements' parts, re-exported so a page can style the default questions with
 * `mor-survey::part(legend)` (parts do not cross shadow roots unless exported).
 */
export const QUESTION_PARTS =
  'question, legend, hint, options, option, radio, option-label, conditional, field, label, textarea, count, error-message, report-link';

export function renderDefaultQuestions() {
  return html`
    <mor-respondent exportparts=${QUESTION_PARTS}></mor-respondent>
    <mor-frequency exportparts=${QUESTION_PARTS}></mor-frequency>
    <mor-health exportparts=${QUESTION_PARTS}></mor-health>
    <mor-change exportparts=${QUESTION_PARTS}></mor-change>
    <mor-last-interaction exportparts=${QUESTION_PARTS}></mor-last-interaction>
    <mor-issues exportparts=${QUESTION_PARTS}></mor-issues>
    <mor-reporting exportparts=${QUESTION_PARTS}></mor-reporting>
  `;
}
