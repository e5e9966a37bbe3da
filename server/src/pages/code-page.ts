/**
 * The hosted survey page of an invited round opened without a code (SPEC §15): rather than a form
 * whose answers would be refused at the end, it asks for the invitation code first — as printed
 * in a letter, or when the link lost its `?code=`. The form asks again with `GET`, so the survey
 * page then takes the code from its address as an invitation link's would. Whether the code is
 * one that was sent is only checked when the answers are sent.
 */
import type { Settings } from '../settings.js';
import { page } from './layout.js';
import { PAGE_TEXTS, type Lang } from './texts.js';

/** `wrong` after something that is not a code was typed. */
export function codePage(settings: Settings, lang: Lang, wrong: boolean): string {
  const text = PAGE_TEXTS[lang];
  const error = wrong ? `<p class="error" id="code-error">${text.codeWrong}</p>\n` : '';
  const keepLang = lang === 'cy' ? '<input type="hidden" name="lang" value="cy">\n' : '';
  return page(
    settings,
    lang,
    '',
    `<form method="get" class="token${wrong ? ' has-error' : ''}">
<label for="code">${text.codeLabel}</label>
<p class="hint" id="code-hint">${text.codeHint}</p>
${error}${keepLang}<input id="code" name="code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" required aria-describedby="code-hint${wrong ? ' code-error' : ''}"${wrong ? ' aria-invalid="true" autofocus' : ''}>
<button type="submit">${text.codeSubmit}</button>
</form>`,
  );
}
