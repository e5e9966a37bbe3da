/**
 * The text keys that follow from the catalogue: every question's texts (`textKeysOf`) and the
 * words that name the other group, one per respondent and one while unknown (SPEC §3
 * `{others}`, `{another}`; with the preposition for Welsh). The editors' bundle makes its
 * dictionaries' keys from this list instead of carrying them (rollup.config.mjs). Pure.
 */
import { QUESTIONS, RESPONDENTS, textKeysOf } from '../catalogue/questions.js';

/** The placeholders that follow the respondent. */
export const RESPONDENT_WORDS = ['others', 'another', 'withOthers', 'withAnother'] as const;

export const madeKeys = (): string[] => [
  ...QUESTIONS.flatMap(textKeysOf),
  ...RESPONDENT_WORDS.flatMap((word) => [...RESPONDENTS, 'unknown'].map((who) => `${word}.${who}`)),
];
