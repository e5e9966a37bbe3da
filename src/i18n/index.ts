/**
 * `mor-survey/i18n`: the survey's built-in texts in English and Welsh, keyed as `strings`
 * overrides are (SPEC §9), for servers and tools that show answers in words — the receiver's CSV
 * labels options with them. No DOM, no Lit.
 */
export { en } from './en.js';
export { cy } from './cy.js';
export type { Dictionary, PluralText, StringKey, StringOverrides } from './strings.js';
