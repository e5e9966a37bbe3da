/**
 * The hosted survey page of an invited round opened without a code (SPEC §15): rather than a form
 * whose answers would be refused at the end, it asks for the invitation code first — as printed
 * in a letter, or when the link lost its `?code=`. The form asks again with `GET`, so the survey
 * page then takes the code from its address as an invitation link's would. Whether the code is
 * one that was sent is only checked when the answers are sent.
 */
import type { Settings } from '../settings.js';
import { page } from './layout.js';
import { oneFieldForm } from './one-field-form.js';
import { PAGE_TEXTS, type Lang } from './texts.js';

/** `wrong` after something that is not a code was typed. */
export function codePage(settings: Settings, lang: Lang, wrong: boolean): string {
  const text = PAGE_TEXTS[lang];
  return page(
    settings,
    lang,
    '',
    oneFieldForm({
      method: 'get',
      name: 'code',
      label: text.codeLabel,
      hint: text.codeHint,
      submit: text.codeSubmit,
      error: wrong ? text.codeWrong : undefined,
      attributes: 'type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"',
      hidden: lang === 'cy' ? '<input type="hidden" name="lang" value="cy">\n' : '',
    }),
  );
}
