/**
 * The hosted results page (SPEC §12, §13): `<mor-results>` reading this receiver's summary, and,
 * unless results are public, the form that asks for the results token first.
 */
import type { Settings } from '../settings.js';
import { escapeHtml, page } from './layout.js';
import { oneFieldForm } from './one-field-form.js';
import { PAGE_TEXTS, type Lang } from './texts.js';

/** The summary's address, relative to the page, with every final round so far: `../api/results?survey=…[&compare=…]&trend=all`. */
const resultsSource = (survey: string, compare: string | undefined) =>
  `../api/results?${new URLSearchParams({ survey, ...(compare && { compare }), trend: 'all' })}`;

/** The results; with a token (not public), a button to forget it on a shared computer. */
export function resultsPage(settings: Settings, survey: string, compare: string | undefined, lang: Lang): string {
  const forget = settings.publicResults
    ? ''
    : `\n<form method="post" class="forget"><input type="hidden" name="forget" value="1"><button type="submit">${PAGE_TEXTS[lang].forget}</button></form>`;
  return page(settings, lang, 'mor-results.js', `<mor-results src="${escapeHtml(resultsSource(survey, compare))}"></mor-results>${forget}`);
}

/** The form asking for the token; `wrong` after a token that is not one. Posts to this same address. */
export function tokenPage(settings: Settings, lang: Lang, wrong: boolean): string {
  const text = PAGE_TEXTS[lang];
  return page(
    settings,
    lang,
    '',
    oneFieldForm({
      method: 'post',
      name: 'token',
      label: text.tokenLabel,
      hint: text.tokenHint,
      submit: text.tokenSubmit,
      error: wrong ? text.tokenWrong : undefined,
      attributes: 'type="password" autocomplete="current-password" spellcheck="false"',
    }),
  );
}
