/**
 * The survey's texts (SPEC §2 `lang`, §9): its language (its own `lang`, else the nearest
 * ancestor's, else English), the dictionary with the council's overrides merged over it (the
 * JSON child first, then the `strings` property), and the placeholders that follow the
 * respondent.
 */
import type { ReactiveControllerHost } from 'lit';
import { matchLocale } from '../i18n/locale.js';
import { sanitizeOverrides, Translator, type StringOverrides, type Vars } from '../i18n/strings.js';
import { MAX_TEXT_LENGTH, type Locale, type Respondent } from '../schema/values.js';
import type { SurveyChildren } from './children.js';
import { InheritedLangController } from './inherited-lang.js';

type Host = ReactiveControllerHost & HTMLElement & { strings: StringOverrides | undefined };
type Report = (key: string, report: () => void) => void;

export class SurveyTexts {
  readonly #host: Host;
  readonly #children: SurveyChildren;
  readonly #once: Report;
  readonly #inherited: InheritedLangController;
  #json: { text: string; overrides: StringOverrides } = { text: '', overrides: {} };
  #made: { locale: Locale; json: StringOverrides; js: StringOverrides | undefined; translator: Translator } | undefined;

  constructor(host: Host, children: SurveyChildren, once: Report) {
    this.#host = host;
    this.#children = children;
    this.#once = once;
    this.#inherited = new InheritedLangController(host);
  }

  get locale(): Locale {
    // The survey's own lang wins; an empty one defers to the nearest ancestor's.
    const own = this.#host.lang;
    const tag = matchLocale(own) !== undefined ? own : this.#inherited.value;
    const match = matchLocale(tag);
    if (match === null) this.#once(`lang:${tag}`, () => console.warn(`mor-survey: language "${tag}" is not available; using English.`));
    return match ?? 'en';
  }

  /** The texts for the current language and overrides; made again only when one of them changes. */
  get translator(): Translator {
    const { locale } = this;
    const json = this.#jsonOverrides();
    const js = this.#host.strings;
    const made = this.#made;
    if (made?.locale === locale && made.json === json && made.js === js) return made.translator;
    const translator = new Translator(locale, { ...json, ...this.#checked(js ?? {}, 'strings') });
    this.#made = { locale, json, js, translator };
    return translator;
  }

  /** Placeholders every text may use: {others}, {another}, {withOthers}, {withAnother}, {max}. */
  vars(strings: Translator, respondent: Respondent | undefined): Vars {
    const who = respondent ?? 'unknown';
    return {
      others: strings.t(`others.${who}`),
      another: strings.t(`another.${who}`),
      withOthers: strings.t(`withOthers.${who}`),
      withAnother: strings.t(`withAnother.${who}`),
      max: MAX_TEXT_LENGTH,
    };
  }

  /** Overrides for editors who cannot write JavaScript: `<script type="application/json">`. */
  #jsonOverrides(): StringOverrides {
    const text = this.#children.json;
    if (text === this.#json.text) return this.#json.overrides;
    let overrides: StringOverrides = {};
    try {
      if (text) overrides = this.#checked(JSON.parse(text), 'the JSON strings');
    } catch {
      this.#once(`json:${text}`, () => console.warn('mor-survey: the JSON strings could not be read and were ignored.'));
    }
    this.#json = { text, overrides };
    return overrides;
  }

  #checked(input: unknown, source: string): StringOverrides {
    const { overrides, refused } = sanitizeOverrides(input);
    if (refused.length) {
      this.#once(`${source}:${refused.join()}`, () => console.warn(`mor-survey: ${source} have unknown keys or wrong types, ignored: ${refused.join(', ')}`));
    }
    return overrides;
  }
}
