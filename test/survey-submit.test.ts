import { expect, oneEvent } from '@open-wc/testing';
import type { MorAnswerEvent, MorSubmitEvent, MorSubmittedEvent } from '../src/events/events.js';
import { responseSchema } from '../src/schema/index.js';
import { specExample } from './fixtures/spec-example.mjs';
import { answerRequired, choose, clearStorage, questionEl, settle, submitButton, surveyAt, textOf, type } from './helpers/survey.js';
import { endpointFor, namespace, received } from './helpers/receiver.js';

describe('submitting (SPEC §5)', () => {
  beforeEach(clearStorage);

  it('POSTs exactly the wire format with Content-Type and Idempotency-Key, then confirms', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns), { surveyId: '2026-spring' });
    await answerRequired(survey);
    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    await choose(survey, 'mor-issues', 'issues-reported', 'no');
    await type(survey, 'mor-issues', 'issues-details', '  A meeting ran late.  ');
    await type(survey, 'mor-last-interaction', 'lastInteraction-workedWell', ' Clear briefing before committee ');
    await type(survey, 'mor-last-interaction', 'lastInteraction-toImprove', '   ');

    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    const event = await submitted;
    const { responses, copies, lastHeaders } = await received(ns);

    expect(responses).to.have.length(1);
    const stored = responses[0]!;
    expect(stored).to.deep.equal(event.detail.response);
    expect(event.detail.status).to.equal(201);
    expect(copies).to.deep.equal({ [stored.id]: 1 });
    // No Referer: the endpoint is not told which page the respondent was on.
    expect(lastHeaders).to.deep.equal({ 'content-type': 'application/json', 'idempotency-key': stored.id });
    expect(stored.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Math.abs(Date.parse(stored.submittedAt) - Date.now())).to.be.lessThan(60_000);
    // The SPEC §5 example, but for this response's id, time and reporting answer.
    expect(stored).to.deep.equal({
      ...specExample,
      id: stored.id,
      submittedAt: stored.submittedAt,
      answers: { ...specExample.answers, reporting: 'yes' },
    });
    expect(responseSchema.safeParse(stored).success).to.equal(true);

    await settle(survey);
    const confirmation = survey.shadowRoot!.querySelector('.confirmation')!;
    expect(textOf(confirmation)).to.equal('Thank you Your answers have been sent.');
    expect(confirmation.closest('[role=status]')).to.not.equal(null);
    expect(survey.shadowRoot!.activeElement).to.equal(confirmation);
    expect(survey.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('fires mor-answer, mor-submit and mor-submitted with their details, bubbling and composed', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns), { respondent: 'member' });
    const seen: string[] = [];
    for (const name of ['mor-answer', 'mor-submit', 'mor-submitted']) {
      document.addEventListener(name, (e) => seen.push(`${e.type}:${e.bubbles && e.composed}`));
    }
    const answer = oneEvent(survey, 'mor-answer') as Promise<MorAnswerEvent>;
    await choose(survey, 'mor-health', 'health', '2');
    const answered = await answer;
    expect(answered.detail.question).to.equal('health');
    expect(answered.detail.value).to.equal(2);
    expect(answered.detail.answers).to.deep.equal({ health: 2 });
    expect(survey.answers).to.deep.equal({ health: 2 });

    await answerRequired(survey, { respondent: false });
    const submit = oneEvent(survey, 'mor-submit') as Promise<MorSubmitEvent>;
    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    const before = await submit;
    expect(before.cancelable).to.equal(true);
    expect(before.detail.response.respondent).to.equal('member');
    expect((await submitted).detail.response).to.deep.equal(before.detail.response);
    expect(seen).to.include('mor-submit:true').and.include('mor-submitted:true').and.include('mor-answer:true');
  });

  it('sends nothing when mor-submit is cancelled', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    survey.addEventListener('mor-submit', (e) => e.preventDefault());
    const submit = oneEvent(survey, 'mor-submit');
    submitButton(survey).click();
    await submit;
    await new Promise((r) => setTimeout(r, 300));
    expect((await received(ns)).copies).to.deep.equal({});
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('form')).to.not.equal(null);
  });

  it('sends once however often Submit is pressed', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    const submitted = oneEvent(survey, 'mor-submitted');
    for (let i = 0; i < 5; i++) submitButton(survey).click();
    await submitted;
    await new Promise((r) => setTimeout(r, 300));
    const { copies, responses } = await received(ns);
    expect(responses).to.have.length(1);
    expect(Object.values(copies)).to.deep.equal([1]);
  });

  it('sends cookies only as the credentials attribute allows', async () => {
    document.cookie = 'mor-test=1; path=/';
    try {
      for (const [mode, cookie] of [['same-origin', 'sent'], ['omit', undefined]] as const) {
        const ns = namespace();
        const survey = await surveyAt(endpointFor(ns));
        survey.credentials = mode;
        await answerRequired(survey);
        const submitted = oneEvent(survey, 'mor-submitted');
        submitButton(survey).click();
        await submitted;
        expect((await received(ns)).lastHeaders?.cookie, mode).to.equal(cookie);
      }
    } finally {
      document.cookie = 'mor-test=; path=/; max-age=0';
    }
  });

  it('asks the respondent question, with a warning, when the attribute is neither member nor officer', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const survey = await surveyAt(endpointFor(namespace()), { respondent: 'councillor' });
      expect(questionEl(survey, 'mor-respondent').querySelector('fieldset')).to.not.equal(null);
      expect(warnings.join()).to.contain('respondent="councillor"');
    } finally {
      console.warn = warn;
    }
  });

  it('reset() clears answers and errors', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    await choose(survey, 'mor-frequency', 'frequency', 'daily');
    submitButton(survey).click();
    await settle(survey);
    survey.reset();
    await settle(survey);
    expect(survey.answers).to.deep.equal({});
    expect(survey.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });
});
