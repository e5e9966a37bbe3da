import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MorInvalidEvent } from '../src/events/events.js';
import {
  answerRequired,
  choose,
  clearStorage,
  deepActive,
  questionEl,
  settle,
  submitButton,
  surveyAt,
  textArea,
  type,
} from './helpers/survey.js';
import { endpointFor, namespace, received } from './helpers/receiver.js';

describe('validation on submit (SPEC §4)', () => {
  beforeEach(clearStorage);

  it('shows the summary and inline errors, moves focus to the summary and sends nothing', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns));
    const invalid = oneEvent(survey, 'mor-invalid') as Promise<MorInvalidEvent>;
    submitButton(survey).click();
    const event = await invalid;
    await settle(survey);

    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.errors).to.deep.equal([
      { question: 'respondent', message: 'Select whether you are a Member or an Officer' },
      { question: 'frequency', message: 'Select how often you interact with Members or Officers' },
      { question: 'health', message: 'Select how healthy the relationship is' },
      { question: 'change', message: 'Select whether the relationship has improved, stayed the same or become worse' },
      { question: 'issues', message: 'Select whether you have experienced any issues' },
      { question: 'reporting', message: 'Select whether you know how to report an issue' },
    ]);

    const summary = survey.shadowRoot!.querySelector('.error-summary')!;
    expect(summary.querySelector('[role=alert] h2')!.textContent!.trim()).to.equal('There is a problem');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal(
      event.detail.errors.map((e) => e.message),
    );
    expect(survey.shadowRoot!.activeElement).to.equal(summary);

    const frequency = questionEl(survey, 'mor-frequency');
    const message = frequency.querySelector('.error-message')!;
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Select how often you interact with Members or Officers',
    );
    const fieldset = frequency.querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.contain(message.id);
    for (const input of frequency.querySelectorAll('input')) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
    }
    expect((await received(ns)).copies).to.deep.equal({});
  });

  it('moves focus to the field when a summary link is clicked or activated with Enter', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    submitButton(survey).click();
    await settle(survey);
    const links = survey.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a');
    links[2]!.click();
    await settle(survey);
    const firstHealth = questionEl(survey, 'mor-health').querySelector('input')!;
    expect(deepActive()).to.equal(firstHealth);

    links[4]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(survey);
    const firstIssues = questionEl(survey, 'mor-issues').querySelector('input')!;
    expect(deepActive()).to.equal(firstIssues);
  });

  it('validates live after the first submit and words errors for the respondent', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    submitButton(survey).click();
    await settle(survey);
    await choose(survey, 'mor-frequency', 'frequency', 'daily');
    const frequency = questionEl(survey, 'mor-frequency');
    expect(frequency.querySelector('.error-message')).to.equal(null);
    expect(frequency.querySelector('input')!.hasAttribute('aria-invalid')).to.equal(false);
    const links = () => [...survey.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());
    expect(links()).to.not.include('Select how often you interact with Members or Officers');
    expect(links().length).to.equal(5);

    // Follow-up questions: required only after Yes.
    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    submitButton(survey).click();
    await settle(survey);
    expect(links()).to.include('Select whether you reported it');
    const issues = questionEl(survey, 'mor-issues');
    expect(issues.querySelector('#issues-reported-error')!.textContent).to.contain('Select whether you reported it');
  });

  it('keeps over-long text, counts it, and reports it by its field', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { respondent: 'member' });
    await answerRequired(survey, { respondent: false });
    const long = 'a'.repeat(2003);
    await type(survey, 'mor-last-interaction', 'lastInteraction-workedWell', long);
    expect(textArea(survey, 'mor-last-interaction', 'lastInteraction-workedWell').value).to.equal(long);
    const count = questionEl(survey, 'mor-last-interaction').querySelector('.count')!;
    expect(count.textContent!.trim()).to.equal('You have 3 characters too many');
    expect(count.getAttribute('aria-hidden')).to.equal('true');

    const invalid = oneEvent(survey, 'mor-invalid') as Promise<MorInvalidEvent>;
    submitButton(survey).click();
    expect((await invalid).detail.errors).to.deep.equal([
      { question: 'lastInteraction', message: 'What worked well must be 2,000 characters or fewer' },
    ]);
    await type(survey, 'mor-last-interaction', 'lastInteraction-workedWell', 'a'.repeat(1999));
    expect(count.textContent!.trim()).to.equal('You have 1 character remaining');
  });

  it('counts an emoji as one character, as the schema does, and accepts 2,000 of them', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { respondent: 'member' });
    await answerRequired(survey, { respondent: false });
    const count = questionEl(survey, 'mor-last-interaction').querySelector('[data-field="lastInteraction.toImprove"] .count')!;
    await type(survey, 'mor-last-interaction', 'lastInteraction-toImprove', '😀'.repeat(1999));
    expect(count.textContent!.trim()).to.equal('You have 1 character remaining');
    await type(survey, 'mor-last-interaction', 'lastInteraction-toImprove', '😀'.repeat(2001));
    expect(count.textContent!.trim()).to.equal('You have 1 character too many');
    expect(survey.validate()).to.equal(false);
    await type(survey, 'mor-last-interaction', 'lastInteraction-toImprove', '😀'.repeat(2000));
    expect(count.textContent!.trim()).to.equal('You have 0 characters remaining');
    expect(survey.validate()).to.equal(true);
  });

  it('validate() shows errors as a submit would and returns whether the answers are valid', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { respondent: 'officer' });
    expect(survey.validate()).to.equal(false);
    await settle(survey);
    expect(survey.shadowRoot!.querySelectorAll('.error-summary a').length).to.equal(5);
    await answerRequired(survey, { respondent: false });
    expect(survey.validate()).to.equal(true);
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });
});
