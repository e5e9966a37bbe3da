// Invitations end to end (SPEC §15): the survey and the real receiver with a rounds file (a test
// namespace of the test runner's receiver, with an invited round and real codes). The hosted
// page takes the code from its address and the receiver stores the response once; a second use
// is refused with "This invitation has already been used", in English and Welsh; an intranet
// page with the attribute; and a response waiting in the outbox keeps its code across a reload
// and is accepted when a later page sends it.
import { expect } from '@open-wc/testing';
import { openHosted, openPage } from './helpers/frames.js';
import { endpointFor, invite, namespace, openRound, received, setMode, setRounds, until } from './helpers/receiver.js';
import { answerRequired, clearStorage, failed, submitted, surveyAt, textOf } from './helpers/survey.js';

const USED = { en: 'This invitation has already been used.', cy: "Mae'r gwahoddiad hwn eisoes wedi cael ei ddefnyddio." };

/** The admin's counts of the namespace's round (the tester is the namespace's admin). */
async function counts(ns: string, survey: string) {
  return (await (await fetch(`/api/ns/${ns}/rounds/${survey}`)).json()) as { responses: number; used: { member: number; officer: number } };
}

/** A namespace whose receiver has one invited round open now, `committee`. */
async function invitedRound(): Promise<string> {
  const ns = namespace();
  await setRounds(ns, { committee: openRound('invited', 'Standards Committee') });
  return ns;
}

describe('invitations with the receiver (SPEC §15)', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('the hosted page: the code from the address is sent and its response stored once; a second use is refused, in English and Welsh', async () => {
    const ns = await invitedRound();
    const [{ code }] = await invite(ns, 'committee', { member: 1 });
    const first = await openHosted(`/ns/${ns}/survey/committee?code=${code.toLowerCase()}`);
    try {
      expect(first.frame.contentWindow!.location.search).to.equal('');
      expect(first.survey.invitation).to.equal(code);
      expect(first.survey.shadowRoot!.querySelector('input[name=respondent]')).to.equal(null);
      await answerRequired(first.survey, { respondent: false });
      const { detail } = await submitted(first.survey);
      expect(detail.status).to.equal(201);
      expect(detail.response.respondent).to.equal('member');
    } finally {
      first.frame.remove();
    }
    const { responses } = await received(ns);
    expect(responses).to.have.length(1);
    // Stored with the day only.
    expect(responses[0]!.submittedAt).to.match(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
    expect((await counts(ns, 'committee')).used).to.deep.equal({ member: 1, officer: 0 });

    for (const lang of ['en', 'cy'] as const) {
      clearStorage();
      const again = await openHosted(`/ns/${ns}/survey/committee?${lang === 'cy' ? 'lang=cy&' : ''}code=${code}`);
      try {
        await answerRequired(again.survey, { respondent: false });
        const error = await failed(again.survey);
        expect(error.detail).to.include({ kind: 'rejected', status: 403, queued: false, message: USED[lang] });
        const panel = await until(() => again.survey.shadowRoot!.querySelector('.rejected'), 'the refusal shown');
        expect(textOf(panel), lang).to.contain(USED[lang]);
        // The answers stay in the form.
        expect(again.survey.answers.health).to.not.equal(undefined);
      } finally {
        again.frame.remove();
      }
    }
    expect((await received(ns)).responses).to.have.length(1);
  });

  it('an intranet page with the invitation attribute: accepted once, then "already been used"', async () => {
    const ns = await invitedRound();
    const [{ code }] = await invite(ns, 'committee', { officer: 1 });
    const survey = await surveyAt(endpointFor(ns), { surveyId: 'committee', invitation: code });
    await answerRequired(survey, { respondent: false });
    expect((await submitted(survey)).detail.status).to.equal(201);
    const other = await surveyAt(endpointFor(ns), { surveyId: 'committee', invitation: code });
    await answerRequired(other, { respondent: false });
    const error = await failed(other);
    expect(error.detail).to.include({ kind: 'rejected', status: 403, message: USED.en });
    // Without a code the round is invitation-only.
    const none = await surveyAt(endpointFor(ns), { surveyId: 'committee' });
    await answerRequired(none);
    expect((await failed(none)).detail).to.include({ kind: 'rejected', status: 403 });
    expect((await counts(ns, 'committee')).used).to.deep.equal({ member: 0, officer: 1 });
  });

  it('a response left in the outbox keeps its code across a reload, and the receiver accepts it from a later page', async () => {
    const ns = await invitedRound();
    const [{ code }] = await invite(ns, 'committee', { member: 1 });
    await setMode(ns, { mode: 'fail' });
    const earlier = await openPage(endpointFor(ns), 'committee', `&draft=session&code=${code}`);
    await answerRequired(earlier.survey, { respondent: false });
    const error = await failed(earlier.survey);
    expect(error.detail).to.include({ kind: 'server', queued: true });
    earlier.close();
    expect((await counts(ns, 'committee')).used, 'the failed attempt used nothing').to.deep.equal({ member: 0, officer: 0 });

    await setMode(ns, { mode: 'accept' });
    const later = await openPage(endpointFor(ns), 'committee', '&draft=session');
    try {
      await until(async () => (await received(ns)).responses.length === 1, 'the response to arrive');
      await until(() => later.survey.shadowRoot!.querySelector('.confirmation'), 'confirmation on the later page');
      const { responses } = await received(ns);
      expect(responses[0]!.id).to.equal(error.detail.response!.id);
      expect((await counts(ns, 'committee')).used).to.deep.equal({ member: 1, officer: 0 });
    } finally {
      later.close();
    }
  });
});
