/** The question elements a survey knows, and the view each one draws (`questions/view.ts`). */
import type { QuestionKey } from '../payload/answers.js';
import type { QuestionView } from '../questions/view.js';
import { respondentView } from '../questions/mor-respondent.js';
import { frequencyView } from '../questions/mor-frequency.js';
import { healthView } from '../questions/mor-health.js';
import { changeView } from '../questions/mor-change.js';
import { lastInteractionView } from '../questions/mor-last-interaction.js';
import { issuesView } from '../questions/mor-issues.js';
import { reportingView } from '../questions/mor-reporting.js';

export const QUESTION_TAGS: Record<string, QuestionKey> = {
  'mor-respondent': 'respondent',
  'mor-frequency': 'frequency',
  'mor-health': 'health',
  'mor-change': 'change',
  'mor-last-interaction': 'lastInteraction',
  'mor-issues': 'issues',
  'mor-reporting': 'reporting',
};

/** Each question's view, in the default order of SPEC §3. */
export const QUESTION_VIEWS: Record<QuestionKey, QuestionView> = {
  respondent: respondentView,
  frequency: frequencyView,
  health: healthView,
  change: changeView,
  lastInteraction: lastInteractionView,
  issues: issuesView,
  reporting: reportingView,
};
