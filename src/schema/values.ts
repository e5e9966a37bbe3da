/**
 * The wire format's own values (SPEC §5): limits, patterns, locales and the version. What the
 * questions and their options are is the catalogue's (`src/catalogue/questions.ts`).
 *
 * Plain constants with no zod, so the elements can use them without carrying the schema
 * library into the editors' bundle; `response.ts` builds the zod schema from them.
 */
import { RESPONDENTS } from '../catalogue/questions.js';

export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];
export type Respondent = (typeof RESPONDENTS)[number];

/** Free-text limit, in characters as `textLength` counts them. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * A text's length as zod's length checks count it: in code points, so an emoji is one
 * character (a surrogate pair once, a lone half as one). The character count uses it too, so
 * the count and the schema never disagree.
 */
export function textLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
/**
 * A surrogate pair, or one of the characters no text may hold (SPEC §16): U+0000 and unpaired
 * surrogates. PostgreSQL's `jsonb` refuses both, and strict JSON and spreadsheet tools choke on
 * them. No `u` flag: WebKit's `u` mode does not see a lone half before U+FFFE or U+FFFF.
 */
const PAIR_OR_UNSAFE = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\0\uD800-\uDFFF]/g;

/** `text` without U+0000 and unpaired surrogates, pairs (emoji) kept: what `WELL_FORMED_TEXT` accepts. */
export const withoutUnsafeCharacters = (text: string): string => text.replace(PAIR_OR_UNSAFE, (found) => (found.length > 1 ? found : ''));

/**
 * Text holding neither U+0000 nor an unpaired surrogate. Written without the `u` flag and so
 * that it means the same with it: JSON Schema tools read `pattern` either way (ajv adds `u`),
 * and a pair of surrogates is one character with it and two halves in order without.
 */
export const WELL_FORMED_TEXT = /^(?:[^\0\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
export const SURVEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
/** A version 4 UUID, as `crypto.randomUUID()` makes. */
export const UUID_V4_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
/** A UTC time as `Date.prototype.toISOString()` writes it. */
export const UTC_TIME_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z$/;
export const RESPONSE_VERSION = 1;

/**
 * A generous cap for stored drafts: text over the 2,000 limit is kept (SPEC §3), but a draft
 * that is megabytes long is not something the form wrote.
 */
export const DRAFT_TEXT_CAP = 100_000;
