/** Locale resolution (SPEC §2 `lang`), for the survey and the results alike. Pure. */
import type { Once } from '../internal/once.js';
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

/**
 * The language an element speaks: its own `lang` if it names one (an empty one defers), else
 * the nearest ancestor's (`inherited.value`, read only then), else English. A tag we do not
 * ship gives English too, and, given `once`, a console warning from `element`, once.
 */
export function resolveLocale(own: string | null | undefined, inherited: { readonly value: string | null }, once?: Once, element?: string): Locale {
  const tag = matchLocale(own) !== undefined ? own : inherited.value;
  const match = matchLocale(tag);
  if (match === null) once?.(`lang:${tag}`, () => console.warn(`${element}: language "${tag}" is not available; using English.`));
  return match ?? 'en';
}
