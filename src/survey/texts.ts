/**
 * The survey's texts (SPEC §2 `lang`, §9): its language (its own `lang`, else the nearest
 * ancestor's, else English), the dictionary with the council's overrides merged over it (the
 * JSON child first, then the `strings` property), and the placeholders that follow the
 * respondent.
 */
import type { ReactiveControllerHost } from 'lit';
import { RESPONDENT_WORDS } from '../i18n/keys.js';
import { resolveLocale } from '../i18n/locale.js';
import { sanitizeOverrides, Translator, type StringOverrides, type Vars } from '../i18n/strings.js';
import { MAX_TEXT_LENGTH, type Locale, type Respondent } from '../schema/values.js';
import type { SurveyChildren } from './children.js';
import { InheritedLangController } from '../internal/inherited-lang.js';
import type { Once } from '../internal/once.js';

type Host = ReactiveControllerHost & HTMLElement & { strings: StringOverrides | undefined };

export class SurveyTexts {
  readonly #host: Host;
  readonly #children: SurveyChildren;
  readonly #once: Once;
  readonly #inherited: InheritedLangController;

  constructor(host: Host, children: SurveyChildren, once: Once) {
    this.#host = host;
    this.#children = children;
    this.#once = once;
    this.#inherited = new InheritedLangController(host);
  }

  get locale(): Locale {
    return resolveLocale(this.#host.lang, this.#inherited, this.#once, 'mor-survey');
  }

  /** The texts for the current language, with the JSON overrides and then `strings` over them. */
  get translator(): Translator {
    return new Translator(this.locale, { ...this.#jsonOverrides(), ...this.#checked(this.#host.strings ?? {}, 'strings') });
  }

  /** Placeholders every text may use: {others}, {another}, {withOthers}, {withAnother}, {max}. */
  vars(strings: Translator, respondent: Respondent | undefined): Vars {
    const vars: Vars = { max: MAX_TEXT_LENGTH };
    for (const name of RESPONDENT_WORDS) {
      vars[name] = strings.t(`${name}.${respondent ?? 'unknown'}`);
    }
    return vars;
  }

  /** Overrides for editors who cannot write JavaScript: `<script type="application/json">`. */
  #jsonOverrides(): StringOverrides {
    const text = this.#children.json;
    try {
      return text ? this.#checked(JSON.parse(text), 'the JSON strings') : {};
    } catch {
      this.#once(`json:${text}`, () => console.warn('mor-survey: the JSON strings could not be read and were ignored.'));
      return {};
    }
  }

  #checked(input: unknown, source: string): StringOverrides {
    const { overrides, refused } = sanitizeOverrides(input);
    if (refused.length) {
      this.#once(`${source}:${refused.join()}`, () => console.warn(`mor-survey: ${source} have unknown keys or wrong types, ignored: ${refused.join(', ')}`));
    }
    return overrides;
  }
}
