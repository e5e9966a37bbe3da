// Question elements upgraded before <mor-survey> (their module loaded first, the markup
// already in the page) must still receive the survey's context. Nothing is imported
// statically here so the order of registration is this test's own.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

describe('upgrade order', () => {
  it('question elements defined before the survey still get its context', async () => {
    document.body.innerHTML = `
      <mor-survey endpoint="/api/ns/upgrade-order/responses" respondent="officer" draft="off">
        <mor-frequency></mor-frequency>
      </mor-survey>`;
    await import('../src/questions/mor-frequency.js');
    const frequency = document.querySelector('mor-frequency') as LitElement;
    expect(customElements.get('mor-survey')).to.equal(undefined);
    await frequency.updateComplete;
    expect(frequency.shadowRoot!.querySelector('fieldset')).to.equal(null);

    await import('../src/survey/mor-survey.js');
    const survey = document.querySelector('mor-survey') as LitElement;
    await survey.updateComplete;
    await frequency.updateComplete;
    expect(frequency.shadowRoot!.querySelector('legend')?.textContent?.trim()).to.equal(
      'How often do you interact with Members?',
    );
  });
});
