import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { QUESTIONS, question, textKeysOf } from '../src/catalogue/questions.js';
import { en } from '../src/i18n/en.js';
import { cy } from '../src/i18n/cy.js';
import { matchLocale } from '../src/i18n/locale.js';
import { Translator, formatNumber, pluralCategory, sanitizeOverrides, type TextKey } from '../src/i18n/strings.js';
import type { MorInvalidEvent, MorSubmittedEvent } from '../src/events/events.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';
import { answerRequired, choose, clearStorage, questionEl, settle, submitButton, surveyAt, textOf, type } from './helpers/survey.js';
import { endpointFor, namespace, until } from './helpers/receiver.js';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('dictionaries (SPEC §9)', () => {
  it('have every text the catalogue needs: a new option or question without its English and Welsh fails here', () => {
    for (const q of QUESTIONS) {
      for (const key of textKeysOf(q)) {
        for (const [name, dictionary] of [['en', en], ['cy', cy]] as const) {
          const text = (dictionary as Record<string, unknown>)[key];
          expect(typeof text === 'string' && text.trim() !== '', `${name} ${key}`).to.equal(true);
        }
      }
    }
    // The check itself: an option the dictionaries lack is caught.
    const extended = { ...question('frequency'), options: [...question('frequency').options, 'hourly'] };
    expect(textKeysOf(extended).filter((key) => !(key in en))).to.deep.equal(['frequency.option.hourly']);
  });

  it('English and Welsh have exactly the same keys, each filled in, with the same kinds', () => {
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const welsh = (cy as Record<string, unknown>)[key];
      expect(typeof welsh, key).to.equal(typeof english);
      if (typeof english === 'string') expect((welsh as string).trim(), key).to.not.equal('');
    }
  });

  it('Welsh plurals cover all six categories of Intl.PluralRules("cy")', () => {
    const categories = new Intl.PluralRules('cy').resolvedOptions().pluralCategories;
    expect(categories.length).to.equal(6);
    for (const key of ['count.remaining', 'count.over'] as const) {
      for (const category of categories) expect(cy[key][category], `${key}.${category}`).to.be.a('string');
    }
  });

  it('uses the respondent placeholders where English does, or their Welsh forms with the preposition', () => {
    for (const [key, english] of Object.entries(en)) {
      if (typeof english !== 'string') continue;
      const welsh = (cy as unknown as Record<string, string>)[key]!;
      const norm = (list: string[]) => list.map((p) => p.replace('{withOthers}', '{others}').replace('{withAnother}', '{another}'));
      expect(norm(placeholders(welsh)), key).to.deep.equal(norm(placeholders(english)));
    }
  });

  it('has plural rules and number formats that agree with Intl for every count shown', () => {
    for (const locale of ['en', 'cy'] as const) {
      const rules = new Intl.PluralRules(locale);
      const numbers = new Intl.NumberFormat(`${locale}-GB`);
      for (let n = 0; n <= 100_000; n += n < 3000 ? 1 : 997) {
        if (pluralCategory(locale, n) !== rules.select(n)) throw new Error(`${locale} plural of ${n}`);
        if (formatNumber(n) !== numbers.format(n)) throw new Error(`${locale} format of ${n}`);
      }
    }
  });

  it('picks plural forms and formats numbers for the locale', () => {
    const english = new Translator('en');
    expect(english.plural('count.remaining', 1)).to.equal('You have 1 character remaining');
    expect(english.plural('count.over', 1234)).to.equal('You have 1,234 characters too many');
    const welsh = new Translator('cy', { 'count.remaining': { two: 'Dau nod ar ôl ({count})' } });
    expect(welsh.plural('count.remaining', 2)).to.equal('Dau nod ar ôl (2)');
    expect(welsh.plural('count.remaining', 3)).to.equal('Mae gennych 3 nod yn weddill');
  });

  it('keeps only known overrides of the right type', () => {
    const { overrides, refused } = sanitizeOverrides({ submit: 'Send', 'count.over': { other: '{count} over' }, nope: 'x', 'health.question': 5 });
    expect(overrides).to.deep.equal({ submit: 'Send', 'count.over': { other: '{count} over' } });
    expect(refused).to.deep.equal(['nope', 'health.question']);
  });
});

describe('locale resolution (SPEC §2 lang)', () => {
  const cases: [string | null, string | null | undefined][] = [
    ['en', 'en'],
    ['cy', 'cy'],
    ['cy-GB', 'cy'],
    ['CY_gb', 'cy'],
    ['en-GB', 'en'],
    ['fr', null],
    ['', undefined],
    [null, undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${String(expected)}`, () => expect(matchLocale(tag)).to.equal(expected));
  }
});

describe('the survey in Welsh', () => {
  beforeEach(clearStorage);

  it('renders every question, error and count in Welsh, and posts locale cy', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns));
    survey.lang = 'cy';
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('.survey')!.getAttribute('lang')).to.equal('cy');
    expect(textOf(questionEl(survey, 'mor-respondent'))).to.contain("Ydych chi'n Aelod neu'n Swyddog?");
    expect(textOf(questionEl(survey, 'mor-frequency'))).to.contain("Pa mor aml ydych chi'n rhyngweithio ag Aelodau neu Swyddogion?");
    const invalid = oneEvent(survey, 'mor-invalid') as Promise<MorInvalidEvent>;
    submitButton(survey).click();
    const { errors } = (await invalid).detail;
    expect(errors[0]).to.deep.equal({ question: 'respondent', message: "Dewiswch a ydych chi'n Aelod neu'n Swyddog" });
    await settle(survey);
    expect(textOf(survey.shadowRoot!.querySelector('.error-summary'))).to.contain('Mae problem wedi codi');
    expect(textOf(questionEl(survey, 'mor-frequency').querySelector('.error-message'))).to.equal(
      "Gwall: Dewiswch pa mor aml rydych chi'n rhyngweithio ag Aelodau neu Swyddogion",
    );
    await choose(survey, 'mor-respondent', 'respondent', 'member');
    expect(textOf(questionEl(survey, 'mor-frequency'))).to.contain("Pa mor aml ydych chi'n rhyngweithio â Swyddogion?");
    await type(survey, 'mor-last-interaction', 'lastInteraction-workedWell', 'Da iawn');
    expect(textOf(questionEl(survey, 'mor-last-interaction').querySelector('.count'))).to.equal(
      'Mae gennych 1,993 nod yn weddill',
    );
    await answerRequired(survey, { respondent: false });
    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    expect((await submitted).detail.response.locale).to.equal('cy');
    await settle(survey);
    expect(textOf(survey.shadowRoot!.querySelector('.confirmation'))).to.equal('Diolch Mae eich atebion wedi cael eu hanfon.');
  });

  it("the editors' bundle shows the source's Welsh (its Welsh is rebuilt from a list there)", async () => {
    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/csp-page.html?endpoint=${encodeURIComponent(endpointFor(namespace()))}&lang=cy`;
    document.body.append(frame);
    const survey = await until(() => frame.contentDocument?.querySelector('mor-survey') as MorSurvey | null, 'survey');
    await until(() => survey.shadowRoot?.querySelector('form'), 'survey rendered');
    await settle(survey);
    submitButton(survey).click();
    await settle(survey);
    const welsh = new Translator('cy');
    const vars = {
      others: welsh.t('others.unknown'),
      another: welsh.t('another.unknown'),
      withOthers: welsh.t('withOthers.unknown'),
      withAnother: welsh.t('withAnother.unknown'),
      max: 2000,
    };
    // Every text shown with nothing answered yet and every required question in error.
    const shown = (Object.keys(cy) as (keyof typeof cy)[]).filter(
      (key) =>
        /^(respondent|frequency|health|change|issues|reporting)\.(question|option\.)/.test(key) ||
        /^(lastInteraction|error)\.(?!issues\.reported|issues\.details|lastInteraction)/.test(key) ||
        ['summary.title', 'submit', 'clear', 'intro.anonymous', 'hint.names'].includes(key),
    );
    expect(shown.length).to.be.greaterThan(40);
    const text = textOf(survey);
    for (const key of shown) expect(text, key).to.contain(welsh.t(key as TextKey, vars));
    expect(text).to.contain(welsh.plural('count.remaining', 2000));
    frame.remove();
  });

  it('inherits the nearest ancestor lang, follows changes, and keeps answers', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy-GB"><mor-survey endpoint="/x" draft="off"></mor-survey></div>`);
    const survey = wrapper.querySelector('mor-survey') as MorSurvey;
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Cyflwyno');
    await choose(survey, 'mor-health', 'health', '3');
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Submit');
    expect(survey.answers.health).to.equal(3);
    survey.setAttribute('lang', 'cy');
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Cyflwyno');
  });

  it('reflects lang to the attribute, as any HTML element does', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><mor-survey endpoint="/x" draft="off"></mor-survey></div>`);
    const survey = wrapper.querySelector('mor-survey') as MorSurvey;
    await settle(survey);
    expect(survey.hasAttribute('lang'), 'nothing set: nothing reflected').to.equal(false);
    expect(survey.lang).to.equal('');
    survey.lang = 'en';
    expect(survey.getAttribute('lang')).to.equal('en');
    expect(survey.matches(':lang(en)')).to.equal(true);
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Submit');
    survey.removeAttribute('lang');
    expect(survey.lang).to.equal('');
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Cyflwyno');
  });

  it('falls back to English with a warning for a language it does not have', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const survey = await fixture<MorSurvey>(html`<mor-survey lang="fr" endpoint="/x" draft="off"></mor-survey>`);
      await settle(survey);
      expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Submit');
      expect(warnings.join()).to.contain('"fr" is not available');
    } finally {
      console.warn = warn;
    }
  });
});

describe('rewording without a release (SPEC §9)', () => {
  beforeEach(clearStorage);

  it('overrides from JavaScript, with the respondent placeholders still working', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { respondent: 'officer' });
    survey.strings = { 'frequency.question': 'In a typical month, how often do you work with {others}?', submit: 'Send my answers' };
    await settle(survey);
    expect(textOf(questionEl(survey, 'mor-frequency').querySelector('legend'))).to.equal(
      'In a typical month, how often do you work with Members?',
    );
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Send my answers');
  });

  it('overrides from a JSON script child, per language, with JavaScript winning', async () => {
    const survey = await fixture<MorSurvey>(html`
      <mor-survey endpoint="/x" draft="off" lang="cy">
        <script type="application/json">
          { "health.question": "Pa mor iach yw'r berthynas?", "submit": "Anfon" }
        </script>
      </mor-survey>
    `);
    await settle(survey);
    expect(textOf(questionEl(survey, 'mor-health').querySelector('legend'))).to.equal("Pa mor iach yw'r berthynas?");
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Anfon');
    survey.strings = { submit: 'Cyflwyno nawr' };
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Cyflwyno nawr');
  });
});

describe('restyling (SPEC §9)', () => {
  it('custom properties and parts reach the rendered controls; the page font is inherited', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { font-family: Georgia, serif; }
      .themed mor-survey { --mor-accent-colour: rgb(200, 0, 100); --mor-button-colour: rgb(10, 20, 30); --mor-radius: 9px; }
      .themed mor-survey::part(legend) { letter-spacing: 3px; }
      .themed mor-survey::part(submit-button) { text-transform: uppercase; }
      .themed mor-health::part(option-label) { font-style: italic; }
    `;
    document.head.append(style);
    const wrapper = await fixture<HTMLDivElement>(html`<div class="themed">
      <mor-survey endpoint="/x" draft="off"></mor-survey>
      <mor-survey endpoint="/x" draft="off" respondent="member"><mor-health></mor-health></mor-survey>
    </div>`);
    const [survey, authored] = [...wrapper.querySelectorAll('mor-survey')] as MorSurvey[];
    await settle(survey!);
    await settle(authored!);
    const frequency = questionEl(survey!, 'mor-frequency');
    expect(getComputedStyle(frequency.querySelector('input')!).accentColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(frequency.querySelector('legend')!).letterSpacing).to.equal('3px');
    expect(getComputedStyle(frequency.querySelector('legend')!).fontFamily).to.equal('Georgia, serif');
    const submit = survey!.shadowRoot!.querySelector('button[type=submit]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(submit).borderTopLeftRadius).to.equal('9px');
    expect(getComputedStyle(submit).textTransform).to.equal('uppercase');
    const authoredLabel = authored!.querySelector('mor-health')!.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(authoredLabel).fontStyle).to.equal('italic');
    style.remove();
  });
});
