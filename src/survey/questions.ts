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

export function renderDefaultQuestions() {
  return html`
    <mor-respondent></mor-respondent>
    <mor-frequency></mor-frequency>
    <mor-health></mor-health>
    <mor-change></mor-change>
    <mor-last-interaction></mor-last-interaction>
    <mor-issues></mor-issues>
    <mor-reporting></mor-reporting>
  `;
}
