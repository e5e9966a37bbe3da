import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MorInvalidEvent, MorSubmittedEvent } from '../src/events/events.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';
import { choose, clearStorage, settle, submitButton } from './helpers/survey.js';
import { endpointFor, namespace } from './helpers/receiver.js';

describe('question elements placed by the author (SPEC §2)', () => {
  beforeEach(clearStorage);

  it('asks only those questions, in their order, and sends only their answers', async () => {
    const ns = namespace();
    const survey = await fixture<MorSurvey>(html`
      <mor-survey endpoint=${endpointFor(ns)} respondent="officer" draft="off">
        <p>Two quick questions.</p>
        <mor-health></mor-health>
        <div><mor-frequency></mor-frequency></div>
      </mor-survey>
    `);
    await settle(survey);
    // Only the author's questions: the survey draws none of its defaults.
    expect(survey.shadowRoot!.querySelector('.question')).to.equal(null);
    const invalid = oneEvent(survey, 'mor-invalid') as Promise<MorInvalidEvent>;
    submitButton(survey).click();
    expect((await invalid).detail.errors.map((e) => e.question)).to.deep.equal(['health', 'frequency']);

    await settle(survey);
    // Errors show beside the author's elements too, worded for the respondent.
    const frequency = survey.querySelector('mor-frequency')!;
    expect(frequency.shadowRoot!.querySelector('.error-message')!.textContent).to.contain(
      'Select how often you interact with Members',
    );
    await choose(survey, 'mor-health', 'health', '5');
    await choose(survey, 'mor-frequency', 'frequency', 'monthly');
    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    const { response } = (await submitted).detail;
    expect(response.answers).to.deep.equal({ health: 5, frequency: 'monthly' });
    expect(response.respondent).to.equal('officer');
  });

  it('asks the respondent first when neither the attribute nor <mor-respondent> is there', async () => {
    const survey = await fixture<MorSurvey>(html`
      <mor-survey endpoint=${endpointFor(namespace())} draft="off"><mor-change></mor-change></mor-survey>
    `);
    await settle(survey);
    const builtIn = survey.shadowRoot!.querySelector('.question[data-field="respondent"]');
    expect(builtIn).to.not.equal(null);
    const invalid = oneEvent(survey, 'mor-invalid') as Promise<MorInvalidEvent>;
    submitButton(survey).click();
    expect((await invalid).detail.errors.map((e) => e.question)).to.deep.equal(['respondent', 'change']);
  });

  it("follows a summary link to a question in the author's light DOM", async () => {
    const survey = await fixture<MorSurvey>(html`
      <mor-survey endpoint=${endpointFor(namespace())} respondent="member" draft="off"><mor-reporting></mor-reporting></mor-survey>
    `);
    await settle(survey);
    submitButton(survey).click();
    await settle(survey);
    survey.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await settle(survey);
    const reporting = survey.querySelector('mor-reporting')!;
    expect(reporting.shadowRoot!.activeElement).to.equal(reporting.shadowRoot!.querySelector('input'));
  });

  it('picks up question elements added later', async () => {
    const survey = await fixture<MorSurvey>(html`
      <mor-survey endpoint=${endpointFor(namespace())} respondent="member" draft="off"><mor-health></mor-health></mor-survey>
    `);
    survey.append(document.createElement('mor-issues'));
    await new Promise((r) => setTimeout(r, 0));
    await settle(survey);
    const invalid = oneEvent(survey, 'mor-invalid') as Promise<MorInvalidEvent>;
    submitButton(survey).click();
    expect((await invalid).detail.errors.map((e) => e.question)).to.deep.equal(['health', 'issues']);
  });
});
