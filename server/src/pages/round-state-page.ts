/**
 * A hosted page for a round in a state that has nothing to show (SPEC §15): the survey of a round
 * that is not open, the results of one that is not final. The round's state in one sentence.
 */
import type { Settings } from '../settings.js';
import { escapeHtml, page } from './layout.js';
import type { Lang } from './texts.js';

/** `sentence` (text, escaped) instead of the form or the figures. */
export const roundStatePage = (settings: Settings, lang: Lang, sentence: string) =>
  page(settings, lang, '', `<p class="round-state">${escapeHtml(sentence)}</p>`);
