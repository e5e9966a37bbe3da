// The survey's half of invitations (SPEC §15): the `invitation` attribute or an invitation
// link's `?code=`, the respondent it answers, the statement it adds, the `Mor-Invitation` header
// on every attempt (after a reload too), what is kept on the device, and the receiver's refusals.
// The receiver's checking of codes is tested with the receiver; here the tester's `refuse` mode
// answers as a receiver refusing a round's or an invitation's response does.
import { expect, oneEvent } from '@open-wc/testing';
import type { MorSubmittedEvent } from '../src/events/events.js';
import type { SurveyResponse } from '../src/schema/index.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';
import { audit, describe as describeViolations } from './helpers/axe.js';
import { openPage } from './helpers/frames.js';
import { endpointFor, namespace, received, setMode, until } from './helpers/receiver.js';
import { answerRequired, choose, clearStorage, failed, findQuestion, outboxKeys, questionEl, settle, submitButton, submitted, surveyAt, textOf } from './helpers/survey.js';

const MEMBER = 'M-7KQ4-XB2N-9FHT';
const OFFICER = 'O-2345-6789-ABCD';
const STATEMENT = 'Your invitation code is used only to check that each invitation is used once. It is not kept with your answers.';

/** Everything on this origin's Web Storage, keys and values, as one text. */
const everythingStored = () => [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n');
const draftOf = (survey = 'test-round') => JSON.parse(sessionStorage.getItem(`mor-survey:draft:${survey}`) ?? 'null');
const intro = (survey: MorSurvey) => textOf(survey.shadowRoot!.querySelector('.intro'));

async function withWarnings<T>(run: (warnings: string[]) => Promise<T>): Promise<T> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return await run(warnings);
  } finally {
    console.warn = warn;
  }
}

/** A page (iframe) that came from an invitation link answers, fails to send, and closes. */
async function leaveWaitingResponse(ns: string, code: string): Promise<SurveyResponse> {
  await setMode(ns, { mode: 'fail' });
  const earlier = await openPage(endpointFor(ns), 'test-round', `&draft=session&code=${code}`);
  await answerRequired(earlier.survey, { respondent: false });
  const error = await failed(earlier.survey);
  expect(error.detail).to.include({ kind: 'server', queued: true });
  expect((await received(ns)).lastHeaders?.['mor-invitation']).to.equal('sent');
  earlier.close();
  return error.detail.response!;
}

describe('invitations in the survey (SPEC §15)', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('the invitation attribute: its group answers "Member or Officer?" over `respondent`, the statement says what it is for, and it goes as Mor-Invitation, never in the body', async () => {
    await withWarnings(async (warnings) => {
      const ns = namespace();
      const survey = await surveyAt(endpointFor(ns), { invitation: 'm 7kq4 xb2n 9fht', respondent: 'officer' });
      expect(findQuestion(survey, 'mor-respondent')).to.equal(null);
      expect(intro(survey)).to.contain(STATEMENT);
      // On a line of its own, before the privacy link.
      expect(textOf(survey.shadowRoot!.querySelector('.intro span'))).to.equal(STATEMENT);
      expect(warnings.join('\n')).to.contain('respondent="officer" is overruled by the invitation code');
      // The wording follows the code's group: a Member is asked about Officers.
      expect(textOf(questionEl(survey, 'mor-frequency'))).to.contain('How often do you interact with Officers?');
      await answerRequired(survey, { respondent: false });
      const { detail } = await submitted(survey);
      const { responses, lastHeaders } = await received(ns);
      expect(lastHeaders?.['mor-invitation']).to.equal('sent');
      expect(responses).to.have.length(1);
      expect(responses[0]!.respondent).to.equal('member');
      expect(Object.keys(responses[0]!).sort()).to.deep.equal(['answers', 'id', 'locale', 'respondent', 'submittedAt', 'survey', 'version']);
      expect(JSON.stringify([responses, detail.response])).to.not.match(/7KQ4/i);
    });
  });

  it('the invitation property is reflected, and changing it changes the respondent and the statement', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    expect(findQuestion(survey, 'mor-respondent')).to.not.equal(null);
    expect(intro(survey)).to.not.contain(STATEMENT);
    survey.invitation = OFFICER;
    await settle(survey);
    expect(survey.getAttribute('invitation')).to.equal(OFFICER);
    expect(findQuestion(survey, 'mor-respondent')).to.equal(null);
    expect(textOf(questionEl(survey, 'mor-frequency'))).to.contain('How often do you interact with Members?');
    expect(intro(survey)).to.contain(STATEMENT);
    survey.invitation = undefined;
    await settle(survey);
    expect(survey.hasAttribute('invitation')).to.equal(false);
    expect(findQuestion(survey, 'mor-respondent')).to.not.equal(null);
    expect(intro(survey)).to.not.contain(STATEMENT);
  });

  it('the statement in Welsh', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { invitation: MEMBER, lang: 'cy' });
    expect(intro(survey)).to.contain("Dim ond i wirio bod pob gwahoddiad yn cael ei ddefnyddio unwaith y defnyddir eich cod gwahoddiad. Nid yw'n cael ei gadw gyda'ch atebion.");
    expect(intro(survey)).to.not.contain(STATEMENT);
  });

  it('a replacement transport is given the code in its written form on every attempt', async () => {
    const survey = await surveyAt('', { invitation: ' o2345 6789abcd ' });
    const seen: (string | undefined)[] = [];
    survey.transport = async (_response, { invitation }) => {
      seen.push(invitation);
      return { status: seen.length === 1 ? 503 : 201 };
    };
    await answerRequired(survey, { respondent: false });
    const done = oneEvent(survey, 'mor-submitted');
    submitButton(survey).click();
    await until(() => survey.shadowRoot!.querySelector('.queued'), 'the response to wait');
    await survey.retry();
    await done;
    expect(seen).to.deep.equal([OFFICER, OFFICER]);
  });

  it('an invitation link: `?code=` is taken, out of the address bar, the rest of the address kept, and kept with the draft', async () => {
    const ns = namespace();
    const page = await openPage(endpointFor(ns), 'test-round', `&draft=session&keep=a%20b&code=o-2345-6789-abcd&flag#part`);
    const { location: where } = page.frame.contentWindow!;
    expect(where.search).to.equal(`?endpoint=${encodeURIComponent(endpointFor(ns))}&survey=test-round&draft=session&keep=a%20b&flag`);
    expect(where.hash).to.equal('#part');
    expect(page.survey.invitation).to.equal(OFFICER);
    expect(findQuestion(page.survey, 'mor-respondent')).to.equal(null);
    expect(intro(page.survey)).to.contain(STATEMENT);
    // Kept before any answer: a reload must not lose it, and the address no longer has it.
    expect(draftOf()).to.deep.equal({ version: 1, answers: {}, invitation: OFFICER });
    await choose(page.survey, 'mor-health', 'health', '2');
    expect(draftOf()).to.deep.equal({ version: 1, answers: { health: 2 }, invitation: OFFICER });
    page.close();

    // Reloaded (the address without the code): the code and the answers come back.
    const again = await openPage(endpointFor(ns), 'test-round', '&draft=session');
    expect(again.survey.invitation).to.equal(OFFICER);
    expect(again.survey.answers).to.deep.equal({ health: 2 });
    expect(findQuestion(again.survey, 'mor-respondent')).to.equal(null);
    await answerRequired(again.survey, { respondent: false });
    const { detail } = await submitted(again.survey);
    const { lastHeaders } = await received(ns);
    expect(lastHeaders?.['mor-invitation']).to.equal('sent');
    expect(detail.response.respondent).to.equal('officer');
    expect(draftOf()).to.equal(null);
    again.close();
  });

  it('"Clear my answers" and reset() clear the answers but keep the code, on the device too', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { invitation: MEMBER, draft: 'session' });
    await choose(survey, 'mor-health', 'health', '2');
    expect(draftOf()).to.deep.equal({ version: 1, answers: { health: 2 }, invitation: MEMBER });
    survey.shadowRoot!.querySelector<HTMLButtonElement>('[part~=clear-button]')!.click();
    await settle(survey);
    expect(survey.answers).to.deep.equal({});
    expect(draftOf()).to.deep.equal({ version: 1, answers: {}, invitation: MEMBER });
    await choose(survey, 'mor-health', 'health', '3');
    survey.reset();
    await settle(survey);
    expect(draftOf()).to.deep.equal({ version: 1, answers: {}, invitation: MEMBER });
    expect(findQuestion(survey, 'mor-respondent')).to.equal(null);
  });

  it('sends the code with the first attempt and with the retry of a page loaded later, from the outbox', async () => {
    const ns = namespace();
    const response = await leaveWaitingResponse(ns, MEMBER);
    // The outbox entry keeps the code beside the response, not in it; the draft keeps only the code.
    const entry = JSON.parse(localStorage.getItem(`mor-survey:outbox:${response.id}`)!);
    expect(entry.invitation).to.equal(MEMBER);
    expect(entry.response).to.deep.equal(response);
    expect(draftOf()).to.deep.equal({ version: 1, answers: {}, invitation: MEMBER });

    await setMode(ns, { mode: 'accept' });
    const later = await openPage(endpointFor(ns), 'test-round', '&draft=session');
    await until(async () => (await received(ns)).responses.length === 1, 'the response to arrive');
    const { responses, copies, lastHeaders } = await received(ns);
    expect(responses).to.deep.equal([response]);
    expect(responses[0]!.respondent).to.equal('member');
    expect(copies).to.deep.equal({ [response.id]: 2 });
    expect(lastHeaders?.['mor-invitation']).to.equal('sent');
    await until(() => later.survey.shadowRoot!.querySelector('.confirmation'), 'confirmation on the later page');
    expect(outboxKeys()).to.deep.equal([]);
    expect(draftOf()).to.equal(null);
    later.close();
  });

  it('with draft="off" the code is kept in memory only: not in the draft, not in the outbox, still sent on the retry', async () => {
    const ns = namespace();
    await setMode(ns, { mode: 'fail', times: 1 });
    const survey = await surveyAt(endpointFor(ns), { invitation: MEMBER, draft: 'off' });
    await answerRequired(survey, { respondent: false });
    const error = await failed(survey);
    expect(error.detail).to.include({ kind: 'server', queued: true });
    expect(everythingStored()).to.not.match(/7KQ4|mor-survey:/);
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('.queued')).to.not.equal(null);
    const done = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    survey.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry-button]')!.click();
    await done;
    const { copies, lastHeaders } = await received(ns);
    expect(copies).to.deep.equal({ [error.detail.response!.id]: 2 });
    expect(lastHeaders?.['mor-invitation']).to.equal('sent');
    expect(everythingStored()).to.not.match(/7KQ4|mor-survey:/);
  });

  it('a refusal of the round or the invitation: its detail is shown as text, the answers stay, nothing is kept', async () => {
    const ns = namespace();
    // draft="session": the response would wait in localStorage, so "nothing is kept" is checked there.
    const survey = await surveyAt(endpointFor(ns), { invitation: MEMBER, draft: 'session' });
    await answerRequired(survey, { respondent: false });
    const refusals = [
      [403, 'urn:mor-survey:invitation-used', 'This invitation has already been used.'],
      [403, 'urn:mor-survey:invitation-unknown', 'This invitation code is not one we sent.'],
      [403, 'urn:mor-survey:round-upcoming', 'This survey opens on 2 March 2026 at 9:00.'],
      [403, 'urn:mor-survey:round-closed', 'This survey closed on <b>30 April 2026</b>.'],
      [422, 'urn:mor-survey:invitation-group', 'This invitation is for an Officer.'],
    ] as const;
    for (const [status, type, detail] of refusals) {
      await setMode(ns, { mode: 'refuse', status, type, detail, times: 1 });
      const error = await failed(survey);
      expect(error.detail, type).to.include({ kind: 'rejected', status, queued: false, message: detail });
      await settle(survey);
      const panel = survey.shadowRoot!.querySelector('.rejected')!;
      expect(textOf(panel), type).to.contain('Your answers could not be accepted').and.contain(detail);
      // Only a 422 can be about the answers; a refused round or invitation is not.
      const advice = status === 422 ? 'Check your answers and try again.' : 'If you think this is wrong, contact the team that runs this survey.';
      expect(textOf(panel), type).to.contain(advice);
      expect(panel.querySelector('b')).to.equal(null);
      expect(survey.answers.health).to.equal(4);
      expect(outboxKeys()).to.deep.equal([]);
    }
    expect((await received(ns)).lastHeaders?.['mor-invitation']).to.equal('sent');
  });

  it('a waiting response refused when a later page sends it: the refusal and its detail are shown there, and it leaves the outbox', async () => {
    const ns = namespace();
    await leaveWaitingResponse(ns, MEMBER);
    const detail = 'This survey closed on 30 April 2026. Answers sent after that cannot be counted.';
    await setMode(ns, { mode: 'refuse', type: 'urn:mor-survey:round-closed', detail });
    const later = await openPage(endpointFor(ns), 'test-round', '&draft=session');
    const panel = await until(() => later.survey.shadowRoot!.querySelector('.rejected'), 'the refusal on the later page');
    expect(textOf(panel)).to.contain('Your answers could not be accepted').and.contain(detail);
    expect((await received(ns)).lastHeaders?.['mor-invitation']).to.equal('sent');
    expect(outboxKeys()).to.deep.equal([]);
    // The form is back, still under the invitation.
    expect(later.survey.invitation).to.equal(MEMBER);
    expect(findQuestion(later.survey, 'mor-respondent')).to.equal(null);
    later.close();
  });

  it('a code that is not one is not sent: the survey asks "Member or Officer?" and the console says why', async () => {
    await withWarnings(async (warnings) => {
      const ns = namespace();
      for (const bad of ['M-0000-XXXX-XXXX', 'X-7KQ4-XB2N-9FHT', 'M-7KQ4-XB2N', '<img src=x onerror=alert(1)>']) {
        const survey = await surveyAt(endpointFor(ns), { invitation: bad });
        expect(findQuestion(survey, 'mor-respondent'), bad).to.not.equal(null);
        expect(intro(survey)).to.not.contain(STATEMENT);
        // Said, without repeating the value: a near miss is most of someone's real code.
        expect(warnings.join('\n'), bad).to.contain('the invitation attribute is not an invitation code');
        expect(warnings.join('\n'), bad).to.not.contain(bad);
      }
      const survey = await surveyAt(endpointFor(ns), { invitation: 'M-0000-XXXX-XXXX' });
      await answerRequired(survey);
      await submitted(survey);
      expect((await received(ns)).lastHeaders).to.not.have.property('mor-invitation');
    });
  });

  it('a code that is the address’s only parameter leaves no empty query behind', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/survey-page.html?code=${OFFICER}#top`;
    document.body.append(frame);
    try {
      const survey = await until(() => frame.contentDocument?.querySelector('mor-survey') as MorSurvey | null, 'survey in frame');
      await until(() => survey.invitation, 'the code taken');
      expect(survey.invitation).to.equal(OFFICER);
      expect(frame.contentWindow!.location.href).to.equal(`${location.origin}/test/fixtures/survey-page.html#top`);
    } finally {
      frame.remove();
    }
  });

  it('an address whose code= is not a code: left in the address (it may be the page’s own), not used, with a warning', async () => {
    const ns = namespace();
    const page = await openPage(endpointFor(ns), 'test-round', '&code=ABC123');
    const frameWindow = page.frame.contentWindow as Window & { warnings: string[] };
    expect(frameWindow.location.search).to.contain('&code=ABC123');
    expect(page.survey.invitation).to.equal(undefined);
    expect(findQuestion(page.survey, 'mor-respondent')).to.not.equal(null);
    expect(frameWindow.warnings.join('\n')).to.contain("the address's code= is not an invitation code");
    page.close();
  });

  it('an attribute wins over the address, whose code still leaves the address bar', async () => {
    const page = await openPage(endpointFor(namespace()), 'test-round', `&invitation=${MEMBER}&code=${OFFICER}`);
    expect(page.frame.contentWindow!.location.search).to.match(/&survey=test-round&invitation=M-7KQ4-XB2N-9FHT$/);
    expect(page.survey.invitation).to.equal(MEMBER);
    expect(textOf(questionEl(page.survey, 'mor-frequency'))).to.contain('Officers?');
    page.close();
  });

  it('stored data: a draft answered under another invitation is not restored, and a stored code that is not one is discarded', async () => {
    await withWarnings(async (warnings) => {
      sessionStorage.setItem('mor-survey:draft:test-round', JSON.stringify({ version: 1, answers: { health: 2 }, invitation: OFFICER }));
      const survey = await surveyAt(endpointFor(namespace()), { invitation: MEMBER, draft: 'session' });
      expect(survey.answers).to.deep.equal({});
      expect(survey.invitation).to.equal(MEMBER);
      expect(draftOf()).to.deep.equal({ version: 1, answers: {}, invitation: MEMBER });
      survey.remove();

      sessionStorage.setItem('mor-survey:draft:test-round', JSON.stringify({ version: 1, answers: { health: 2 }, invitation: 'M-0000' }));
      const response = { version: 1, id: crypto.randomUUID(), survey: 'test-round', submittedAt: new Date().toISOString(), locale: 'en', respondent: 'member', answers: {} };
      const entry = { response, endpoint: `${location.origin}/x`, credentials: 'omit', timeout: 1000, attempts: 0, notBefore: 0, invitation: 'not a code' };
      localStorage.setItem(`mor-survey:outbox:${response.id}`, JSON.stringify(entry));
      const other = await surveyAt(endpointFor(namespace()), { draft: 'session' });
      expect(other.answers).to.deep.equal({});
      expect(other.invitation).to.equal(undefined);
      expect(draftOf()).to.equal(null);
      expect(outboxKeys()).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('discarded'))).to.have.length.of.at.least(2);
    });
  });

  it('a stored code never stands in for an invitation attribute that is not a code', async () => {
    await withWarnings(async () => {
      sessionStorage.setItem('mor-survey:draft:test-round', JSON.stringify({ version: 1, answers: { health: 2 }, invitation: MEMBER }));
      const survey = await surveyAt(endpointFor(namespace()), { invitation: 'M-7KQ4-XB2N', draft: 'session' });
      expect(survey.invitation).to.equal('M-7KQ4-XB2N');
      expect(findQuestion(survey, 'mor-respondent'), 'asked: no code holds').to.not.equal(null);
      expect(intro(survey)).to.not.contain(STATEMENT);
    });
  });

  it('no axe-core violations with an invitation code', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { invitation: MEMBER });
    const results = await audit(survey);
    expect(results.violations, describeViolations(results)).to.deep.equal([]);
  });
});
