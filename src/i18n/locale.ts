/** Locale resolution (SPEC §2 `lang`). Pure. */
import { LOCALES, type Locale } from '../schema/values.js';

/**
 * Maps a BCP 47 tag to a supported locale: `cy-GB` → `cy`, `EN` → `en`.
 * Returns `undefined` for an empty tag and `null` for one we do not ship.
 */
export function matchLocale(tag: string | null | undefined): Locale | null | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  const language = trimmed.split(/[-_]/)[0]!.toLowerCase();
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : null;
}
