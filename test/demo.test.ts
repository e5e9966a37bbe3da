// The demo page a tester uses (SPEC §11): the editors' bundle, the controls that switch the
// survey and the receiver's failure mode, the event log and the last payload received.
import { expect } from '@open-wc/testing';
import type { MorSurvey } from '../src/survey/mor-survey.js';
import { answerRequired, clearStorage, settle, submitButton } from './helpers/survey.js';
import { shareTheDefaultReceiver, until } from './helpers/receiver.js';

/** The demo page in a frame `width` wide, once its survey has rendered and its controls are ready. */
async function openDemo(width: number, height: number) {
  const frame = document.createElement('iframe');
  frame.src = '/demo/index.html';
  frame.width = String(width);
  frame.height = String(height);
  document.body.append(frame);
  const doc = () => frame.contentDocument!;
  const survey = await until(() => doc()?.querySelector('mor-survey') as MorSurvey | null, 'demo survey');
  await until(() => survey.shadowRoot?.querySelector('form'), 'demo survey rendered');
  // The controls' script has run and read the receiver's mode (the select shows 'accept'
  // before that too, so its value alone cannot tell).
  await until(() => doc().body.dataset.ready === 'true', 'demo controls ready');
  return { frame, doc, survey };
}

describe('demo page', () => {
  shareTheDefaultReceiver();
  beforeEach(async () => {
    clearStorage();
    // The demo uses the receiver's default namespace; start it empty and accepting.
    await fetch('/api/responses', { method: 'DELETE' });
    await fetch('/api/mode', { method: 'PUT', body: JSON.stringify({ mode: 'accept' }) });
  });

  it('lets a tester fail the receiver, watch the events, retry and see what arrived', async () => {
    const { frame, doc, survey } = await openDemo(1200, 900);
    expect(doc().querySelector<HTMLSelectElement>('select[name=mode]')!.value).to.equal('accept');

    const change = (name: string, value: string) => {
      const field = doc().querySelector<HTMLSelectElement>(`[name=${name}]`)!;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    change('mode', 'fail');
    await until(async () => (await (await fetch('/api/mode')).json()).mode === 'fail', 'mode switched');

    change('lang', 'cy');
    change('theme', 'dusk');
    expect(survey.getAttribute('lang')).to.equal('cy');
    expect(doc().body.classList.contains('dusk')).to.equal(true);
    change('lang', 'en');
    await settle(survey);

    await answerRequired(survey);
    submitButton(survey).click();
    const log = () => doc().querySelector('#log')!.textContent!;
    await until(() => log().includes('mor-error'), 'mor-error in the log');
    expect(log()).to.contain('"kind":"server"').and.contain('mor-submit ');

    change('mode', 'accept');
    await until(async () => (await (await fetch('/api/mode')).json()).mode === 'accept', 'mode switched back');
    await settle(survey);
    survey.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await until(() => log().includes('mor-submitted'), 'mor-submitted in the log');
    await until(() => doc().querySelector('#payload')!.textContent!.includes('"survey": "2026-autumn"'), 'payload shown');
    expect(doc().querySelector('#copies')!.textContent).to.contain('1 stored').and.contain('2 copies received');

    // Downloading a round needs the admin token npm start prints; a wrong one is refused.
    doc().querySelector<HTMLInputElement>('#download [name=token]')!.value = 'not-the-token';
    doc().querySelector<HTMLButtonElement>('#download button')!.click();
    await until(() => doc().querySelector('#download-status')!.textContent!.includes('401'), 'download refused');
    frame.remove();
  });

  it('fits a 320 px screen with no sideways scrolling, and has an icon (no 404 in the console)', async () => {
    const { frame, doc } = await openDemo(320, 600);
    try {
      const root = doc().documentElement;
      expect(root.scrollWidth, 'page width at 320 px').to.be.at.most(root.clientWidth);
      const icon = doc().querySelector<HTMLLinkElement>('link[rel=icon]')!;
      const answer = await fetch(icon.href);
      expect(answer.status).to.equal(200);
      expect(answer.headers.get('content-type')).to.match(/^image\/svg\+xml/);
    } finally {
      frame.remove();
    }
  });
});
