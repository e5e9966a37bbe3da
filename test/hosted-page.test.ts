// The receiver's hosted survey page (SPEC §12), as SharePoint's Embed web part shows it: the
// real page in a frame, under its own strict policy (the test runner's receiver lets its own
// origin frame it), in Welsh, posting to the receiver beside it.
import { expect, oneEvent } from '@open-wc/testing';
import type { MorSubmittedEvent } from '../src/events/events.js';
import { openHosted } from './helpers/frames.js';
import { shareTheDefaultReceiver } from './helpers/receiver.js';
import { answerRequired, clearStorage, submitButton } from './helpers/survey.js';

describe('hosted survey page', () => {
  shareTheDefaultReceiver();
  beforeEach(clearStorage);

  it('renders the survey in Welsh under its own policy, and a submit is stored by the receiver', async () => {
    const round = `hosted-${Date.now().toString(36)}`;
    const { frame, survey } = await openHosted(`/survey/${round}?lang=cy`);
    try {
      expect(frame.contentDocument!.documentElement.lang).to.equal('cy');
      expect(submitButton(survey).textContent!.trim()).to.equal('Cyflwyno');
      await answerRequired(survey);
      const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
      submitButton(survey).click();
      const { detail } = await submitted;
      expect(detail.status).to.equal(201);
      expect(detail.response.survey).to.equal(round);
      expect(detail.response.locale).to.equal('cy');
      const { responses } = (await (await fetch('/api/responses')).json()) as { responses: { id: string }[] };
      expect(responses.map((r) => r.id)).to.include(detail.response.id);
    } finally {
      frame.remove();
      await fetch('/api/responses', { method: 'DELETE' });
    }
  });

  it('an invitation link to it: the survey takes the code out of the address and sends it (SPEC §15)', async () => {
    const round = `hosted-${Date.now().toString(36)}`;
    const { frame, survey } = await openHosted(`/survey/${round}?lang=cy&code=o-2345-6789-abcd`);
    try {
      expect(frame.contentWindow!.location.search).to.equal('?lang=cy');
      expect(survey.invitation).to.equal('O-2345-6789-ABCD');
      expect(survey.shadowRoot!.querySelector('input[name=respondent]')).to.equal(null);
      expect(survey.shadowRoot!.querySelector('.intro span')!.textContent).to.contain('cod gwahoddiad');
      await answerRequired(survey, { respondent: false });
      const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
      submitButton(survey).click();
      const { detail } = await submitted;
      expect(detail.status).to.equal(201);
      expect(detail.response.respondent).to.equal('officer');
      const { lastHeaders } = (await (await fetch('/api/responses')).json()) as { lastHeaders: Record<string, string> };
      expect(lastHeaders['mor-invitation']).to.equal('sent');
    } finally {
      frame.remove();
      await fetch('/api/responses', { method: 'DELETE' });
    }
  });
});
