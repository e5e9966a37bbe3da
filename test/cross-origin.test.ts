// A survey on one origin posting to a receiver on another (SPEC §12): the browser's CORS
// preflight, answered by the real receiver's allow-list (MOR_ALLOWED_ORIGINS).
import { expect, oneEvent } from '@open-wc/testing';
import type { MorErrorEvent, MorSubmittedEvent } from '../src/events/events.js';
import type { SurveyResponse } from '../src/schema/index.js';
import { answerRequired, clearStorage, submitButton, surveyAt } from './helpers/survey.js';

async function command<T>(name: string, payload: unknown): Promise<T> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand(name, payload)) as T;
}
const receiverAllowing = (allow: string[]) => command<{ url: string }>('cross-origin-receiver', { allow });
const storedBy = (url: string, survey: string) => command<SurveyResponse[]>('cross-origin-received', { url, survey });

describe('a survey posting to a receiver on another origin', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('delivers when the receiver allows this page’s origin', async () => {
    const { url } = await receiverAllowing([location.origin]);
    expect(new URL(url).origin).to.not.equal(location.origin);
    const survey = await surveyAt(`${url}/api/responses`, { surveyId: 'cross-origin' });
    await answerRequired(survey);
    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    const { detail } = await submitted;
    expect(detail.status).to.equal(201);
    expect((await storedBy(url, 'cross-origin')).map((r) => r.id)).to.deep.equal([detail.response.id]);
  });

  it('delivers with an invitation code: the preflight allows the Mor-Invitation header (SPEC §15)', async () => {
    const { url } = await receiverAllowing([location.origin]);
    const survey = await surveyAt(`${url}/api/responses`, { surveyId: 'cross-origin', invitation: 'O-2345-6789-ABCD' });
    await answerRequired(survey, { respondent: false });
    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    const { detail } = await submitted;
    expect(detail.status).to.equal(201);
    expect((await storedBy(url, 'cross-origin')).map((r) => [r.id, r.respondent])).to.deep.equal([[detail.response.id, 'officer']]);
  });

  it('keeps the answers on the device when the receiver does not allow it, and stores nothing', async () => {
    const { url } = await receiverAllowing(['https://elsewhere.example']);
    const survey = await surveyAt(`${url}/api/responses`, { surveyId: 'cross-origin' });
    await answerRequired(survey);
    const failed = oneEvent(survey, 'mor-error') as Promise<MorErrorEvent>;
    submitButton(survey).click();
    const { detail } = await failed;
    expect(detail.kind).to.equal('network');
    expect(detail.queued).to.equal(true);
    expect(await storedBy(url, 'cross-origin')).to.deep.equal([]);
  });
});
