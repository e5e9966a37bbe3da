/** The hosted survey page (SPEC §12): `<mor-survey>` posting to this receiver. */
import type { Settings } from '../settings.js';
import { escapeHtml, page } from './layout.js';
import type { Lang } from './texts.js';

export function surveyPage(settings: Settings, survey: string, lang: Lang): string {
  const privacy = settings.privacyUrl ? ` privacy-url="${escapeHtml(settings.privacyUrl)}"` : '';
  return page(settings, lang, 'mor-survey.js', `<mor-survey endpoint="../api/responses" survey-id="${escapeHtml(survey)}"${privacy}></mor-survey>`);
}
