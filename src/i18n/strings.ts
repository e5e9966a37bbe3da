/**
 * Typed dictionaries, overrides and lookup (SPEC §9). Pure: no DOM, no Lit.
 */
import type { Locale } from '../schema/response.js';
import { en } from './en.js';
import { cy } from './cy.js';

/** A text with plural forms; `other` is always present. */
export type PluralText = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

type English = typeof en;
export type StringKey = keyof English;
export type PluralKey = { [K in StringKey]: English[K] extends string ? never : K }[StringKey];
export type TextKey = Exclude<StringKey, PluralKey>;

/** A complete dictionary: every key of English, each a text or plural forms. */
export type Dictionary = { [K in TextKey]: string } & { [K in PluralKey]: PluralText };

/** What a council may override: any subset of texts, and any subset of a plural's forms. */
export type StringOverrides = { [K in TextKey]?: string } & { [K in PluralKey]?: Partial<PluralText> };

export const dictionaries: Record<Locale, Dictionary> = { en, cy };

export type Vars = Record<string, string | number>;

/**
 * Keeps only overrides of known keys with the right type, so a typo in an editor's JSON does
 * not blank a question. Returns the accepted overrides and the keys that were refused.
 */
export function sanitizeOverrides(input: unknown): { overrides: StringOverrides; refused: string[] } {
  const overrides: Record<string, unknown> = {};
  const refused: string[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { overrides, refused: input === undefined || input === null ? [] : ['(not an object)'] };
  }
  for (const [key, value] of Object.entries(input)) {
    const base = (en as Record<string, unknown>)[key];
    if (typeof base === 'string' && typeof value === 'string') overrides[key] = value;
    else if (typeof base === 'object' && isPluralForms(value)) overrides[key] = value;
    else refused.push(key);
  }
  return { overrides: overrides as StringOverrides, refused };
}

function isPluralForms(value: unknown): value is Partial<PluralText> {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.values(value).every((form) => typeof form === 'string')
  );
}

/** Replaces `{name}` with `vars.name`; numbers get thousands separators. Unknown names stay. */
export function format(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * CLDR plural rules for the shipped languages, for whole numbers. Building Intl.PluralRules
 * and Intl.NumberFormat took about 100 ms of a throttled first render (loading ICU data), more
 * than all of Lit's work; these rules are fixed, and a test checks them against
 * Intl.PluralRules for every count the survey can show.
 */
const pluralRules: Record<Locale, (n: number) => Intl.LDMLPluralRule> = {
  en: (n) => (n === 1 ? 'one' : 'other'),
  cy: (n) => (n === 0 ? 'zero' : n === 1 ? 'one' : n === 2 ? 'two' : n === 3 ? 'few' : n === 6 ? 'many' : 'other'),
};

/** Whole numbers with a comma between thousands, as en-GB and cy-GB both write them. */
export const formatNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Looks texts up for one locale with the council's overrides merged over it. */
export class Translator {
  readonly locale: Locale;
  readonly #dictionary: Dictionary;
  readonly #overrides: StringOverrides;

  constructor(locale: Locale, overrides: StringOverrides = {}) {
    this.locale = locale;
    this.#dictionary = dictionaries[locale];
    this.#overrides = overrides;
  }

  /** A text with its placeholders filled in. */
  t(key: TextKey, vars: Vars = {}): string {
    return format(this.#overrides[key] ?? this.#dictionary[key], vars);
  }

  /** The plural form of `key` for `count`, with `{count}` filled in. */
  plural(key: PluralKey, count: number): string {
    const forms = { ...this.#dictionary[key], ...this.#overrides[key] };
    const template = forms[pluralRules[this.locale](count)] ?? forms.other;
    return format(template, { count });
  }
}

/** The plural category of a whole number, as Intl.PluralRules would give it (tested). */
export const pluralCategory = (locale: Locale, n: number) => pluralRules[locale](n);
