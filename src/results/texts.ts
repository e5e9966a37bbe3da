/**
 * The texts of `<mor-results>` in one language: its own dictionary (`i18n/en.ts`, `cy.ts`) and,
 * for question texts and option labels, the survey's (`src/i18n/`), so the results always use
 * the survey's own wording. Question texts that name the other group read as they do before
 * the respondent is known ("Members or Officers"). Pure.
 */
import { cy as surveyCy } from '../i18n/cy.js';
import { en as surveyEn } from '../i18n/en.js';
import { format, type Vars } from '../i18n/strings.js';
import type { ClosedItem } from '../analysis/items.js';
import type { ClosedKey, CommentKey, GroupKey, MeasureKey } from '../analysis/summary.js';
import type { Locale } from '../schema/values.js';
import { cy } from './i18n/cy.js';
import { en, type ResultsDictionary, type ResultsKey } from './i18n/en.js';

// Every closed question, comment field and measure the catalogue gives has its own label: a
// question added to the catalogue without one fails to type-check here, naming the key.
type Needed = `item.${ClosedKey}` | `comments.${CommentKey}` | `measure.${MeasureKey}` | `group.${GroupKey}`;
const complete: [Exclude<Needed, ResultsKey>] extends [never] ? true : Exclude<Needed, ResultsKey> = true;
void complete;

const OWN: Record<Locale, ResultsDictionary> = { en, cy };
const SURVEY: Record<Locale, Record<string, unknown>> = { en: surveyEn, cy: surveyCy };

export class ResultsTexts {
  readonly locale: Locale;
  readonly #who: Vars;

  constructor(locale: Locale) {
    this.locale = locale;
    const who = (name: string) => this.survey(`${name}.unknown`);
    this.#who = { others: who('others'), another: who('another'), withOthers: who('withOthers'), withAnother: who('withAnother') };
  }

  /** One of the element's own texts, placeholders filled in. */
  t(key: ResultsKey, vars: Vars = {}): string {
    return format(OWN[this.locale][key], vars);
  }

  /** A survey text by key (the key itself if there is none, so a gap shows rather than hides). */
  survey(key: string): string {
    const text = SURVEY[this.locale][key];
    return typeof text === 'string' ? format(text, this.#who ?? {}) : key;
  }

  question = (item: ClosedItem) => this.survey(`${item.texts}.question`);
  option = (item: ClosedItem, code: string) => this.survey(`${item.texts}.option.${code}`);
  group = (group: GroupKey) => this.t(`group.${group}`);
  item = (key: string) => this.t(`item.${key}` as ResultsKey);
  comment = (key: string) => this.t(`comments.${key}` as ResultsKey);
  measure = (key: MeasureKey) => this.t(`measure.${key}`);
}
