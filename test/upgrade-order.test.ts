// Question elements already in the page when the script loads must receive the survey's
// context. The package registers <mor-survey> before any question element, so each question
// upgrades inside a survey that already answers context requests; the root registers
// <mor-results> too (SPEC §10: the package root registers every element). Nothing is imported
// statically here so the registration seen is the package's own.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

describe('upgrade order', () => {
  it('registers the survey first, so questions already in the page get its context', async () => {
    document.body.innerHTML = `
      <mor-survey endpoint="/api/ns/upgrade-order/responses" respondent="officer" draft="off">
        <div><mor-frequency></mor-frequency></div>
      </mor-survey>`;
    const order: string[] = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (name, constructor, options) => {
      order.push(name);
      define(name, constructor, options);
    };
    try {
      await import('../src/index.js');
    } finally {
      customElements.define = define;
    }
    expect(order[0]).to.equal('mor-survey');
    expect(order).to.include.members(['mor-frequency', 'mor-health', 'mor-issues', 'mor-results']);

    const survey = document.querySelector('mor-survey') as LitElement;
    const frequency = document.querySelector('mor-frequency') as LitElement;
    await survey.updateComplete;
    await frequency.updateComplete;
    expect(frequency.shadowRoot!.querySelector('legend')?.textContent?.trim()).to.equal(
      'How often do you interact with Members?',
    );
  });
});
