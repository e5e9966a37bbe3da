/**
 * The survey's texts `<mor-results>` shows, by key, in a fixed order: each closed question's
 * text and option labels, and the words for "Members or Officers" its texts may hold. The
 * results bundle carries only these of the survey's dictionaries, as lists in this order
 * (rollup.config.mjs). Pure.
 */
import { CLOSED_ITEMS } from '../analysis/items.js';
import { RESPONDENT_WORDS } from '../i18n/keys.js';

export const surveyLabelKeys = (): string[] => [
  ...CLOSED_ITEMS.flatMap((item) => [`${item.texts}.question`, ...item.options.map((code) => `${item.texts}.option.${code}`)]),
  ...RESPONDENT_WORDS.map((word) => `${word}.unknown`),
];
