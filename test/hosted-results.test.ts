// The receiver's hosted results page (SPEC §12, §13) in a frame: it asks for the results token,
// sets its cookie, and then <mor-results> shows the summary the receiver made from what it stores.
import { expect } from '@open-wc/testing';
import { specExample } from './fixtures/spec-example.mjs';
import { until } from './helpers/receiver.js';

/** Must match RESULTS_TOKEN in test/web-test-runner.config.mjs. */
const RESULTS_TOKEN = 'wtr-results-token-0123456789abcdefgh';

describe('hosted results page', () => {
  it('asks for the token, then shows the round the receiver summarised', async () => {
    const round = `results-${Date.now().toString(36)}`;
    for (let i = 0; i < 12; i++) {
      const response = { ...structuredClone(specExample), id: crypto.randomUUID(), survey: round };
      const answer = await fetch('/api/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) });
      expect(answer.status).to.equal(201);
    }
    expect((await fetch(`/api/results?survey=${round}`)).status, 'no token, no cookie').to.equal(401);

    const frame = document.createElement('iframe');
    frame.src = `/results/${round}`;
    frame.width = '900';
    frame.height = '900';
    document.body.append(frame);
    try {
      const input = await until(() => frame.contentDocument?.querySelector<HTMLInputElement>('input#token'), 8000, 'token form');
      expect(frame.contentDocument!.querySelector('mor-results')).to.equal(null);
      expect(frame.contentDocument!.querySelector('label[for=token]')!.textContent).to.equal('Results token');
      input.value = RESULTS_TOKEN;
      frame.contentDocument!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

      const results = await until(() => frame.contentDocument?.querySelector('mor-results') as (HTMLElement & { updateComplete: Promise<boolean> }) | null, 8000, 'results page');
      const shown = await until(() => {
        const text = results.shadowRoot?.textContent ?? '';
        return text.includes('12') && !results.shadowRoot!.querySelector('[part~=error]') ? text : '';
      }, 8000, 'the summary shown');
      // Twelve Officers and no Members: the groups are hidden, the total shown.
      expect(shown).to.contain('12');
      expect((await fetch(`/api/results?survey=${round}`)).status, 'this page now has the cookie').to.equal(200);

      // "Forget the token on this computer": the cookie goes, and the form comes back.
      frame.contentDocument!.querySelector<HTMLButtonElement>('form.forget button')!.click();
      await until(() => frame.contentDocument?.querySelector('input#token'), 8000, 'token form again');
      expect((await fetch(`/api/results?survey=${round}`)).status, 'the cookie is gone').to.equal(401);
    } finally {
      frame.remove();
      // Whatever happened, no reader cookie is left for later files (the survey tests check
      // that posts carry no cookie).
      await fetch(`/results/${round}`, { method: 'POST', body: new URLSearchParams({ forget: '1' }) });
      await fetch('/api/responses', { method: 'DELETE' });
    }
  });
});
