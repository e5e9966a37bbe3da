/**
 * A question's rendering, apart from any element. The survey draws its default questions with
 * these straight into its own shadow root (one root instead of eight renders sooner), and each
 * question element draws the same view into its own root when an author places it.
 */
import type { nothing, TemplateResult } from 'lit';
import type { SurveyContext } from '../context/survey-context.js';
import type { TextKey } from '../i18n/strings.js';
import type { CountAnnouncer } from './count-announcer.js';

export interface QuestionScope {
  survey: SurveyContext;
  /** Where the text areas' announced counts live: the element that renders the view. */
  announcer: CountAnnouncer;
}

export type QuestionView = (scope: QuestionScope) => TemplateResult | typeof nothing;

/** The text for `key` with the survey's placeholders filled in. */
export function text(survey: SurveyContext, key: TextKey): string {
  return survey.strings.t(key, survey.vars);
}

/**
 * Scrolls the field's question into view and focuses its first control; false when `root`
 * does not hold it. Fragment links do not reach into shadow roots, so the error summary uses this.
 */
export function focusField(root: ParentNode, field?: string): boolean {
  const group = root.querySelector<HTMLElement>(field ? `[data-field="${field}"]` : '[data-field]');
  const control = group?.querySelector<HTMLElement>('input, textarea');
  if (!group || !control) return false;
  group.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
  return true;
}
