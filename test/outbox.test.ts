import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MorErrorEvent, MorSubmittedEvent } from '../src/events/events.js';
import type { SurveyResponse } from '../src/schema/index.js';
import { answerRequired, clearStorage, failed, outboxKeys, radio, settle, submitButton, surveyAt, textOf } from './helpers/survey.js';
import { cutNetwork, endpointFor, namespace, received, setMode, until } from './helpers/receiver.js';
import { openPage } from './helpers/frames.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';


/** A page (iframe) answers and submits while the receiver fails, then closes: one waits. */
async function leaveWaitingResponse(ns: string): Promise<MorErrorEvent> {
  await setMode(ns, { mode: 'fail' });
  const earlier = await openPage(endpointFor(ns));
  await answerRequired(earlier.survey);
  const error = await failed(earlier.survey);
  earlier.close();
  expect(outboxKeys()).to.have.length(1);
  return error;
}

describe('nothing is lost (SPEC §5 outcomes, §6)', () => {
  beforeEach(clearStorage);
  afterEach(() => cutNetwork(null));

  it('500, then recovery: kept in localStorage, explained, retried by itself with the same id', async () => {
    const ns = namespace();
    await setMode(ns, { mode: 'fail', times: 1 });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'server', status: 500, queued: true });
    const { id } = error.detail.response!;
    expect(outboxKeys()).to.deep.equal([`mor-survey:outbox:${id}`]);

    await settle(survey);
    const panel = survey.shadowRoot!.querySelector('.queued')!;
    expect(textOf(panel)).to.contain('Your answers have not been sent yet').and.contain('saved on this device');
    expect(panel.querySelector('button')!.textContent!.trim()).to.equal('Try again now');
    expect(panel.closest('[role=status]')).to.not.equal(null);
    expect(survey.shadowRoot!.activeElement).to.equal(panel);

    const submitted = (await oneEvent(survey, 'mor-submitted')) as MorSubmittedEvent;
    expect(submitted.detail.response).to.deep.equal(error.detail.response);
    const { responses, copies } = await received(ns);
    expect(responses).to.deep.equal([error.detail.response]);
    expect(copies).to.deep.equal({ [id]: 2 });
    expect(outboxKeys()).to.deep.equal([]);
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('.confirmation')).to.not.equal(null);
  });

  it('"Try again now" sends at once', async () => {
    const ns = namespace();
    await setMode(ns, { mode: 'too-many', times: 1, retryAfter: 120 });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    await failed(survey);
    await settle(survey);
    const submitted = oneEvent(survey, 'mor-submitted');
    survey.shadowRoot!.querySelector<HTMLButtonElement>('.queued button')!.click();
    await submitted;
    expect((await received(ns)).responses).to.have.length(1);
  });

  it('connection dropped after the server stored it: ends with exactly one stored copy', async () => {
    const ns = namespace();
    // Browsers silently re-send a POST when a connection closes before any answer (Chromium
    // tries 4 times), so the receiver drops every copy until the page has seen the failure.
    await setMode(ns, { mode: 'drop-after-store' });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'network', queued: true });
    await setMode(ns, { mode: 'accept' });
    const submitted = (await oneEvent(survey, 'mor-submitted')) as MorSubmittedEvent;
    expect(submitted.detail.status).to.equal(200);
    const { responses, copies } = await received(ns);
    expect(responses).to.deep.equal([error.detail.response]);
    expect(copies[error.detail.response!.id]).to.be.greaterThanOrEqual(2);
  });

  it('gives up after `timeout` ms as a network failure, then delivers exactly once', async () => {
    const ns = namespace();
    // The first request is held open past the survey's timeout; the retry goes through.
    await setMode(ns, { mode: 'hold', times: 1 });
    const survey = await surveyAt(endpointFor(ns));
    survey.timeout = 2000;
    await answerRequired(survey);
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'network', queued: true });
    await oneEvent(survey, 'mor-submitted');
    // Let the held first request go too: it arrives as a copy of the same response.
    await setMode(ns, { mode: 'accept' });
    const id = error.detail.response!.id;
    const { responses, copies } = await until(async () => {
      const seen = await received(ns);
      return seen.copies[id] === 2 ? seen : undefined;
    }, 'both copies received');
    expect(responses.map((r: SurveyResponse) => r.id)).to.deep.equal([id]);
    expect(copies).to.deep.equal({ [id]: 2 });
  });

  it('429 with Retry-After: waits at least as long as the server asks', async () => {
    const ns = namespace();
    // 6 s: well clear of the normal first retry (2 s ± 20 %), so only Retry-After explains the wait.
    await setMode(ns, { mode: 'too-many', retryAfter: 6, times: 1 });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    // Bounds only, never a stopwatch: however slow the machine, the retry is due no sooner than
    // 6 s after the submit began, and it is not sent before it is due.
    const submittedFrom = Date.now();
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'server', status: 429, queued: true });
    const stored = JSON.parse(localStorage.getItem(`mor-survey:outbox:${error.detail.response!.id}`)!);
    expect(stored.notBefore - submittedFrom).to.be.at.least(6000);
    await oneEvent(survey, 'mor-submitted');
    expect(Date.now()).to.be.at.least(stored.notBefore);
  });

  it('keeps the response in localStorage before the first attempt has an outcome (SPEC §6)', async () => {
    const ns = namespace();
    // The receiver holds the request open until the test lets it go: no race with a delay.
    await setMode(ns, { mode: 'hold' });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    const submitting = oneEvent(survey, 'mor-submit');
    submitButton(survey).click();
    const { id } = ((await submitting) as CustomEvent<{ response: SurveyResponse }>).detail.response;
    // The request is at the receiver, unanswered: the page could close now, and the answer is safe.
    await until(async () => (await received(ns)).attempts > 0, 'the request to arrive');
    expect((await received(ns)).responses, 'not answered yet').to.deep.equal([]);
    expect(outboxKeys()).to.deep.equal([`mor-survey:outbox:${id}`]);
    expect(JSON.parse(localStorage.getItem(`mor-survey:outbox:${id}`)!).response.id).to.equal(id);
    const submitted = oneEvent(survey, 'mor-submitted');
    await setMode(ns, { mode: 'accept' });
    await submitted;
    expect(outboxKeys()).to.deep.equal([]);
  });

  it('422: "could not be accepted" with the server message as text; answers stay; nothing kept', async () => {
    const ns = namespace();
    await setMode(ns, { mode: 'reject', detail: 'Survey <b>closed</b> on 1 May' });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'rejected', status: 422, queued: false, message: 'Survey <b>closed</b> on 1 May' });
    await settle(survey);
    const panel = survey.shadowRoot!.querySelector('.rejected')!;
    expect(textOf(panel)).to.contain('Your answers could not be accepted').and.contain('Survey <b>closed</b> on 1 May');
    expect(panel.querySelector('b')).to.equal(null);
    expect(radio(survey, 'mor-health', 'health', '4').checked).to.equal(true);
    expect(survey.answers.health).to.equal(4);
    expect(outboxKeys()).to.deep.equal([]);
  });

  it('offline, then online: sent as soon as the browser says it is back', async () => {
    const ns = namespace();
    await cutNetwork(ns);
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'network', queued: true });
    // Let the first automatic retry (about 2 s) fail too, so none is in flight; then put the
    // next one off for ten minutes: now only the browser coming back online can send it, however
    // slow the machine.
    await oneEvent(survey, 'mor-error');
    const key = `mor-survey:outbox:${error.detail.response!.id}`;
    localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), notBefore: Date.now() + 600_000 }));
    await cutNetwork(null);
    const submitted = oneEvent(survey, 'mor-submitted');
    dispatchEvent(new Event('online'));
    await submitted;
    expect((await received(ns)).responses).to.have.length(1);
  });

  it('a page with a survey that loads later sends what an earlier page could not', async () => {
    const ns = namespace();
    const error = await leaveWaitingResponse(ns);
    await setMode(ns, { mode: 'accept' });
    const later = await openPage(endpointFor(ns));
    await until(async () => (await received(ns)).responses.length === 1, 'the response to arrive');
    const { responses } = await received(ns);
    expect(responses[0]).to.deep.equal(error.detail.response);
    await until(() => later.survey.shadowRoot!.querySelector('.confirmation'), 'confirmation on the later page');
    expect(outboxKeys()).to.deep.equal([]);
    later.close();
  });

  it('two tabs loading at once never send one response at the same time', async () => {
    const ns = namespace();
    const error = await leaveWaitingResponse(ns);
    await setMode(ns, { mode: 'slow', delayMs: 800 });

    const [b, c] = await Promise.all([openPage(endpointFor(ns)), openPage(endpointFor(ns))]);
    await until(async () => (await received(ns)).responses.length === 1, 'the response to arrive');
    await new Promise((r) => setTimeout(r, 1200));
    // One failed attempt, then exactly one more: the other tab found it locked, then gone.
    expect((await received(ns)).copies).to.deep.equal({ [error.detail.response!.id]: 2 });
    b.close();
    c.close();
  });

  it('two surveys on one page: "Try again now" in both sends once', async () => {
    const ns = namespace();
    await setMode(ns, { mode: 'too-many', retryAfter: 120, times: 1 });
    const first = await surveyAt(endpointFor(ns));
    await answerRequired(first);
    const error = await failed(first);
    const second = await surveyAt(endpointFor(ns));
    await settle(first);
    expect(second.shadowRoot!.querySelector('.queued'), 'the second shows the waiting response').to.not.equal(null);
    await setMode(ns, { mode: 'slow', delayMs: 500 });
    first.shadowRoot!.querySelector<HTMLButtonElement>('.queued button')!.click();
    second.shadowRoot!.querySelector<HTMLButtonElement>('.queued button')!.click();
    await oneEvent(first, 'mor-submitted');
    expect((await received(ns)).copies).to.deep.equal({ [error.detail.response!.id]: 2 });
  });

  it('Enter pressed again and again during a slow request sends one POST', async () => {
    const ns = namespace();
    await setMode(ns, { mode: 'slow', delayMs: 700, times: 1 });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    submitButton(survey).focus();
    const submitted = oneEvent(survey, 'mor-submitted');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Enter' });
    await submitted;
    const { copies } = await received(ns);
    expect(Object.values(copies)).to.deep.equal([1]);
  });

  it('discards corrupt or foreign stored data with a warning, never a crash', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      localStorage.setItem('mor-survey:outbox:not-json', '{');
      localStorage.setItem('mor-survey:outbox:foreign', JSON.stringify({ response: { id: 'foreign', evil: true } }));
      sessionStorage.setItem('mor-survey:draft:test-round', JSON.stringify({ version: 1, answers: { health: 'very', script: '<x>' } }));
      const ns = namespace();
      const survey = await surveyAt(endpointFor(ns), { draft: 'session' });
      expect(survey.answers).to.deep.equal({});
      expect(outboxKeys()).to.deep.equal([]);
      expect(sessionStorage.getItem('mor-survey:draft:test-round')).to.equal(null);
      expect(warnings.filter((w) => w.includes('discarded')).length).to.be.greaterThanOrEqual(3);
      await answerRequired(survey);
      const submitted = oneEvent(survey, 'mor-submitted');
      submitButton(survey).click();
      await submitted;
    } finally {
      console.warn = warn;
    }
  });

  it('a replacement transport: a failure is kept and retried, success confirms', async () => {
    const survey = await surveyAt('');
    const seen: SurveyResponse[] = [];
    let calls = 0;
    survey.transport = async (response) => {
      seen.push(response);
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return { status: 202 };
    };
    await answerRequired(survey);
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'network', queued: true });
    const submitted = (await oneEvent(survey, 'mor-submitted')) as MorSubmittedEvent;
    expect(submitted.detail.status).to.equal(202);
    expect(seen).to.have.length(2);
    expect(seen[1]).to.deep.equal(seen[0]);
  });
});

describe('drafts (SPEC §6)', () => {
  beforeEach(clearStorage);

  for (const [mode, storage] of [['session', () => sessionStorage], ['local', () => localStorage]] as const) {
    it(`keeps answers in ${mode}Storage and restores them in a new survey`, async () => {
      const endpoint = endpointFor(namespace());
      const first = await surveyAt(endpoint, { draft: mode, surveyId: 'draft-round' });
      await answerRequired(first);
      expect(storage().getItem('mor-survey:draft:draft-round')).to.contain('"health":4');
      first.remove();
      const again = await surveyAt(endpoint, { draft: mode, surveyId: 'draft-round' });
      expect(again.answers.health).to.equal(4);
      expect(radio(again, 'mor-health', 'health', '4').checked).to.equal(true);
      // Another round does not see it.
      const other = await surveyAt(endpoint, { draft: mode, surveyId: 'other-round' });
      expect(other.answers).to.deep.equal({});
    });
  }

  it('draws the questions before reading the draft; an answer or reset given before then wins', async () => {
    const endpoint = endpointFor(namespace());
    const key = 'mor-survey:draft:early-round';
    const first = await surveyAt(endpoint, { draft: 'session', surveyId: 'early-round' });
    await answerRequired(first);
    first.remove();
    const early = () => {
      const survey = document.createElement('mor-survey');
      survey.setAttribute('endpoint', endpoint);
      survey.setAttribute('survey-id', 'early-round');
      document.body.append(survey);
      return survey;
    };
    // Lit renders in microtasks; no frame (and so no storage read) can come between them.
    const drawn = async (survey: MorSurvey) => {
      for (let i = 0; i < 50 && !survey.shadowRoot?.querySelector('input'); i++) await Promise.resolve();
    };

    const answered = early();
    await drawn(answered);
    expect(radio(answered, 'mor-health', 'health', '4').checked, 'not restored yet').to.equal(false);
    radio(answered, 'mor-frequency', 'frequency', 'daily').click();
    await answered.updateComplete;
    expect(answered.answers).to.deep.equal({ frequency: 'daily' });
    expect(JSON.parse(sessionStorage.getItem(key)!).answers).to.deep.equal({ frequency: 'daily' });
    answered.remove();

    const cleared = early();
    await drawn(cleared);
    cleared.reset();
    await cleared.updateComplete;
    expect(cleared.answers).to.deep.equal({});
    expect(sessionStorage.getItem(key)).to.equal(null);
    cleared.remove();
  });

  it('keeps nothing with draft="off", and clears the draft on success and on "Clear my answers"', async () => {
    const ns = namespace();
    const off = await surveyAt(endpointFor(ns), { draft: 'off' });
    await answerRequired(off);
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('mor-survey:'))).to.deep.equal([]);

    const kept = await surveyAt(endpointFor(ns), { draft: 'session', surveyId: 'clear-round' });
    await answerRequired(kept);
    kept.shadowRoot!.querySelector<HTMLButtonElement>('[part=clear-button]')!.click();
    await settle(kept);
    expect(kept.answers).to.deep.equal({});
    expect(sessionStorage.getItem('mor-survey:draft:clear-round')).to.equal(null);
    expect(textOf(kept.shadowRoot!.querySelector('[role=status]'))).to.equal('Your answers have been cleared.');

    await answerRequired(kept);
    const submitted = oneEvent(kept, 'mor-submitted');
    submitButton(kept).click();
    await submitted;
    expect(sessionStorage.getItem('mor-survey:draft:clear-round')).to.equal(null);
  });
});
