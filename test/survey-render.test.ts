import { expect } from '@open-wc/testing';
import { choose, clearStorage, findQuestion, questionEl, surveyAt, textOf, settle } from './helpers/survey.js';
import { endpointFor, namespace } from './helpers/receiver.js';

/** The question text of a group, checked to be the group for `field`. */
const legendOf = (el: Element, field: string) =>
  el.matches(`[data-field="${field}"]`) ? el.querySelector(':scope > fieldset > legend')?.textContent?.trim() : undefined;

describe('<mor-survey> renders the default questions (SPEC §3)', () => {
  beforeEach(clearStorage);

  it('asks every question with its exact wording and options, respondent first', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    const groups = [...survey.shadowRoot!.querySelectorAll<HTMLElement>('form > .question')].map((e) => e.dataset.field);
    expect(groups).to.deep.equal([
      'respondent',
      'frequency',
      'health',
      'change',
      'lastInteraction',
      'issues.experienced',
      'reporting',
    ]);
    const respondent = questionEl(survey, 'mor-respondent');
    expect(legendOf(respondent, 'respondent')).to.equal('Are you a Member or an Officer?');
    expect(textOf(respondent)).to.contain('Member (councillor)').and.contain('Officer (council employee)');

    const frequency = questionEl(survey, 'mor-frequency');
    expect(legendOf(frequency, 'frequency')).to.equal('How often do you interact with Members or Officers?');
    const labels = [...frequency.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Daily', 'Weekly', 'Monthly', 'Less than monthly', 'Never']);
    const values = [...frequency.querySelectorAll('input')].map((i) => i.value);
    expect(values).to.deep.equal(['daily', 'weekly', 'monthly', 'less-than-monthly', 'never']);

    const health = questionEl(survey, 'mor-health');
    expect(legendOf(health, 'health')).to.equal(
      'How would you describe the current health of the relationship between Members and Officers?',
    );
    expect([...health.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal([
      'Very poor',
      'Poor',
      'Neither good nor poor',
      'Good',
      'Very good',
    ]);
    const change = questionEl(survey, 'mor-change');
    expect(legendOf(change, 'change')).to.equal(
      'Over the last 6 months, has the relationship improved, stayed the same or become worse?',
    );
    expect(textOf(change)).to.contain("Don't know");

    const last = questionEl(survey, 'mor-last-interaction');
    expect(legendOf(last, 'lastInteraction')).to.equal('Thinking about your last interaction with a Member or Officer');
    expect([...last.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal([
      'What worked well? (optional)',
      'What did not work well? (optional)',
      'What would you like to improve? (optional)',
    ]);
    expect(textOf(last)).to.contain('Do not include names or details that could identify someone.');

    const issues = questionEl(survey, 'mor-issues');
    expect(legendOf(issues, 'issues.experienced')).to.equal(
      'In the last 6 months, have you experienced any issues in your working relationship with Members or Officers?',
    );
    const reporting = questionEl(survey, 'mor-reporting');
    expect(legendOf(reporting, 'reporting')).to.equal(
      'Do you know how to report an issue with the Member–Officer relationship?',
    );
    expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Submit');
  });

  it('says it is anonymous before the first question, with the privacy link only when privacy-url is http(s)', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    const intro = survey.shadowRoot!.querySelector<HTMLElement>('[part~="intro"]')!;
    expect(textOf(intro)).to.equal(
      'This survey is anonymous. We do not ask for your name, and your answers are sent without anything that identifies you or your device.',
    );
    const first = questionEl(survey, 'mor-respondent');
    expect(intro.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(intro.querySelector('a')).to.equal(null);

    survey.setAttribute('privacy-url', 'https://council.example/privacy/mor');
    await settle(survey);
    const link = intro.querySelector<HTMLAnchorElement>('a[part="privacy-link"]')!;
    expect(link.textContent!.trim()).to.equal('How we use your answers');
    expect(link.getAttribute('href')).to.equal('https://council.example/privacy/mor');
    expect(survey.privacyUrl).to.equal('https://council.example/privacy/mor');

    for (const refused of ['javascript:alert(1)', 'data:text/html,<b>x</b>']) {
      survey.privacyUrl = refused;
      await settle(survey);
      expect(intro.querySelector('a'), refused).to.equal(null);
    }
    survey.strings = { 'intro.anonymous': '<b>Anonymous</b> {others}', 'intro.privacy': 'Privacy <i>notice</i>' };
    survey.privacyUrl = '/privacy';
    await settle(survey);
    expect(textOf(intro)).to.equal('<b>Anonymous</b> Members or Officers Privacy <i>notice</i>');
    expect(intro.querySelector('b, i')).to.equal(null);
    expect(intro.querySelector('a')!.href).to.equal(new URL('/privacy', location.href).href);
  });

  it('shows the hint about names under every free-text field, "Tell us more" included', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    const hint = 'Do not include names or details that could identify someone.';
    const last = questionEl(survey, 'mor-last-interaction');
    const group = last.querySelector('fieldset')!;
    expect(textOf(survey.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!))).to.equal(hint);
    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    const details = questionEl(survey, 'mor-issues').querySelector<HTMLTextAreaElement>('textarea#issues-details')!;
    const described = details.getAttribute('aria-describedby')!.split(' ').map((id) => textOf(survey.shadowRoot!.getElementById(id)));
    expect(described).to.include(hint);
    const label = survey.shadowRoot!.querySelector('label[for="issues-details"]')!;
    const hintEl = survey.shadowRoot!.getElementById('issues-details-hint')!;
    expect(label.compareDocumentPosition(hintEl) & Node.DOCUMENT_POSITION_FOLLOWING, 'hint under the label').to.not.equal(0);
  });

  it('updates {others} and {another} live when the respondent answers', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    await choose(survey, 'mor-respondent', 'respondent', 'member');
    expect(legendOf(questionEl(survey, 'mor-frequency'), 'frequency')).to.equal('How often do you interact with Officers?');
    expect(legendOf(questionEl(survey, 'mor-last-interaction'), 'lastInteraction')).to.equal(
      'Thinking about your last interaction with an Officer',
    );
    await choose(survey, 'mor-respondent', 'respondent', 'officer');
    expect(legendOf(questionEl(survey, 'mor-frequency'), 'frequency')).to.equal('How often do you interact with Members?');
    expect(legendOf(questionEl(survey, 'mor-issues'), 'issues.experienced')).to.contain('with Members?');
    expect(legendOf(questionEl(survey, 'mor-last-interaction'), 'lastInteraction')).to.equal(
      'Thinking about your last interaction with a Member',
    );
  });

  it('does not ask the respondent question when the attribute is set', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { respondent: 'member' });
    expect(findQuestion(survey, 'mor-respondent')).to.equal(null);
    expect(legendOf(questionEl(survey, 'mor-frequency'), 'frequency')).to.equal('How often do you interact with Officers?');
  });

  it('shows the issues follow-ups only after Yes, straight after that option', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    const issues = questionEl(survey, 'mor-issues');
    const followUps = () => issues.querySelector('[data-field="issues.reported"]');
    expect(followUps()).to.equal(null);
    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    expect(legendOf(followUps()!, 'issues.reported')).to.equal('Did you report it?');
    expect(textOf(issues)).to.contain('Tell us more (optional)');
    // The follow-ups sit between the Yes option and the No option.
    const yes = issues.querySelector('input[name="issues-experienced"][value="yes"]')!;
    const no = issues.querySelector('input[name="issues-experienced"][value="no"]')!;
    expect(yes.compareDocumentPosition(followUps()!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(no.compareDocumentPosition(followUps()!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    await choose(survey, 'mor-issues', 'issues-experienced', 'prefer-not-to-say');
    expect(followUps()).to.equal(null);
  });

  it('shows the report link only for No or Not sure, and only when report-url is http(s)', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { reportUrl: 'https://intranet.example/report' });
    const reporting = questionEl(survey, 'mor-reporting');
    const link = () => reporting.querySelector('a');
    expect(link()).to.equal(null);
    await choose(survey, 'mor-reporting', 'reporting', 'no');
    expect(link()!.textContent!.trim()).to.equal('Find out how to report an issue');
    expect(link()!.getAttribute('href')).to.equal('https://intranet.example/report');
    await choose(survey, 'mor-reporting', 'reporting', 'yes');
    expect(link()).to.equal(null);
    await choose(survey, 'mor-reporting', 'reporting', 'not-sure');
    expect(link()).to.not.equal(null);
    survey.reportUrl = 'javascript:alert(1)';
    await settle(survey);
    expect(link()).to.equal(null);
  });

  it('makes each question a group named by its question text', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    for (const tag of ['mor-respondent', 'mor-frequency', 'mor-health', 'mor-change', 'mor-last-interaction', 'mor-issues', 'mor-reporting']) {
      const fieldset = questionEl(survey, tag).querySelector('fieldset');
      expect(fieldset, tag).to.not.equal(null);
      expect(fieldset!.querySelector(':scope > legend')!.textContent!.trim().length, tag).to.be.greaterThan(5);
    }
  });

  it('renders the heading as text at the configured level, never h1', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    survey.heading = '<img src=x onerror=alert(1)> Spring';
    survey.headingLevel = 1;
    await settle(survey);
    const h = survey.shadowRoot!.querySelector('.heading')!;
    expect(h.localName).to.equal('h2');
    expect(h.textContent).to.equal('<img src=x onerror=alert(1)> Spring');
    expect(survey.shadowRoot!.querySelector('img')).to.equal(null);
    survey.headingLevel = 4;
    await settle(survey);
    expect(survey.shadowRoot!.querySelector('.heading')!.localName).to.equal('h4');
  });
});
