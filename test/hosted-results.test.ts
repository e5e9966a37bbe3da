// The receiver's hosted results page (SPEC §12, §13) in a frame: while the round is open it says
// when its results will be published; once final it asks for the results token, sets its cookie,
// and then <mor-results> shows the summary the receiver made from what it stores. The receiver
// is a test namespace's, with a rounds file and a clock the test moves (SPEC §15).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/results/index.js';
import { specExample } from './fixtures/spec-example.mjs';
import { cell } from './helpers/results.js';
import { namespace, openRound, setClock, setRounds, until } from './helpers/receiver.js';

/** Must match RESULTS_TOKEN in test/web-test-runner.config.mjs. */
const RESULTS_TOKEN = 'wtr-results-token-0123456789abcdefgh';

describe('hosted results page', () => {
  it('says when the results will be published; once final, asks for the token, then shows the round the receiver summarised', async () => {
    const ns = namespace();
    const round = 'spring';
    const rounds = { [round]: openRound('open', 'Spring') };
    await setRounds(ns, rounds);
    for (let i = 0; i < 12; i++) {
      const response = { ...structuredClone(specExample), id: crypto.randomUUID(), survey: round };
      const answer = await fetch(`/ns/${ns}/api/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) });
      expect(answer.status).to.equal(201);
    }
    const summary = () => fetch(`/ns/${ns}/api/results?survey=${round}`);
    expect((await summary()).status, 'no token, no cookie').to.equal(401);
    const open = await (await fetch(`/ns/${ns}/results/${round}`)).text();
    expect(open).to.contain('The results of Spring will be published on');
    expect(open).to.not.contain('<form');
    await setClock(ns, new Date(Date.parse(rounds[round]!.closes) + 73 * 3600_000).toISOString());

    const frame = document.createElement('iframe');
    frame.src = `/ns/${ns}/results/${round}`;
    frame.width = '900';
    frame.height = '900';
    document.body.append(frame);
    try {
      const input = await until(() => frame.contentDocument?.querySelector<HTMLInputElement>('input#token'), 'token form');
      expect(frame.contentDocument!.querySelector('mor-results')).to.equal(null);
      expect(frame.contentDocument!.querySelector('label[for=token]')!.textContent).to.equal('Results token');
      input.value = RESULTS_TOKEN;
      frame.contentDocument!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

      const results = await until(() => frame.contentDocument?.querySelector('mor-results') as (HTMLElement & { updateComplete: Promise<boolean> }) | null, 'results page');
      const responses = await until(() => {
        if (results.shadowRoot?.querySelector('[part~=error]')) return undefined;
        return [...(results.shadowRoot?.querySelectorAll('table') ?? [])].find((t) => t.caption?.textContent!.trim().startsWith('Table 1'));
      }, 'the summary shown');
      // Twelve Officers and no Members: the groups are hidden, the total shown.
      expect(cell(responses, 'Spring', 0)).to.equal('12');
      expect((await summary()).status, 'this page now has the cookie').to.equal(200);

      // "Forget the token on this computer": the cookie goes, and the form comes back.
      frame.contentDocument!.querySelector<HTMLButtonElement>('form.forget button')!.click();
      await until(() => frame.contentDocument?.querySelector('input#token'), 'token form again');
      expect((await summary()).status, 'the cookie is gone').to.equal(401);
    } finally {
      frame.remove();
      // Whatever happened, no reader cookie is left for later files (the survey tests check
      // that posts carry no cookie).
      await fetch(`/ns/${ns}/results/${round}`, { method: 'POST', body: new URLSearchParams({ forget: '1' }) });
    }
  });
});

describe('<mor-results src> of a round that is not final', () => {
  it('says in words, in its language, when the results will be published', async () => {
    const ns = namespace();
    await setRounds(ns, { spring: openRound('open', 'Spring') });
    for (const [lang, words] of [
      ['cy', 'Bydd canlyniadau Spring (cy) yn cael eu cyhoeddi ar '],
      ['en', 'The results of Spring will be published on '],
    ] as const) {
      const el = await fixture<HTMLElement>(html`<mor-results lang=${lang} src=${`/api/ns/${ns}/results?survey=spring`}></mor-results>`);
      const error = await until(() => el.shadowRoot?.querySelector('[part~=error]'), 'the words shown');
      expect(error.textContent, lang).to.contain(words);
      expect(el.shadowRoot!.querySelector('table'), lang).to.equal(null);
    }
  });
});
