import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { checkEndpoint, safeLinkUrl } from '../src/submit/endpoint-policy.js';
import { en } from '../src/i18n/en.js';
import type { MorErrorEvent, MorSubmittedEvent } from '../src/events/events.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';
import { answerRequired, choose, clearStorage, settle, submitButton, surveyAt, textOf, type } from './helpers/survey.js';
import { endpointFor, namespace, received, setMode, until } from './helpers/receiver.js';

/** Hostile strings: markup, script breakouts, URLs, bidi overrides, placeholders, emoji, size. */
export const CORPUS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  '</script><script>window.__xss=1</script>',
  '<svg onload="window.__xss=1"></svg>',
  'javascript:window.__xss=1',
  '\u202Etxt.exe\u202C reversed',
  '${window.__xss=1} {{constructor.constructor("window.__xss=1")()}} {others}',
  '😀👩🏽‍💻 Cymraeg: ŵŷâ',
  'A'.repeat(5000),
];

/** Walks the survey's shadow roots: nothing a hostile string could have created is there. */
function expectInert(survey: Element) {
  const offenders: string[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('script[type="application/json"]')) continue; // the editor's own strings
      if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'b'].includes(el.localName)) offenders.push(el.localName);
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) offenders.push(`${el.localName}[${attr.name}]`);
        if (attr.name === 'href' && !/^(https?:|#)/.test(attr.value)) offenders.push(`href=${attr.value}`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(survey.shadowRoot!);
  walk(survey);
  expect(offenders).to.deep.equal([]);
  expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
}

describe('endpoint policy (SPEC §8)', () => {
  const table: [string, string, boolean][] = [
    ['/api/responses', 'https://intranet.example/survey', true],
    ['responses', 'https://intranet.example/survey/', true],
    ['https://surveys.example.gov.uk/api', 'https://intranet.example/', true],
    ['//surveys.example.gov.uk/api', 'https://intranet.example/', true],
    ['http://intranet.example/api', 'http://intranet.example/page', true],
    ['http://localhost:9000/api', 'https://intranet.example/', true],
    ['http://127.0.0.1/api', 'https://intranet.example/', true],
    ['http://[::1]:8080/api', 'https://intranet.example/', true],
    ['http://surveys.example.gov.uk/api', 'https://intranet.example/', false],
    ['http://intranet.example/api', 'https://intranet.example/', false],
    ['http://localhost.evil.example/api', 'https://intranet.example/', false],
    ['http://127.0.0.2/api', 'https://intranet.example/', false],
    ['javascript:alert(1)', 'https://intranet.example/', false],
    ['data:application/json,{}', 'https://intranet.example/', false],
    ['ftp://intranet.example/api', 'https://intranet.example/', false],
    ['https://user:secret@surveys.example/api', 'https://intranet.example/', false],
    ['http://[bad', 'https://intranet.example/', false],
  ];
  for (const [endpoint, page, ok] of table) {
    it(`${ok ? 'allows' : 'refuses'} ${endpoint} from ${page}`, () => {
      expect(checkEndpoint(endpoint, page).ok).to.equal(ok);
    });
  }

  it('reports a missing endpoint as missing, and makes links only of http(s)', () => {
    expect(checkEndpoint('  ', 'https://a.example/')).to.deep.include({ ok: false, missing: true });
    expect(safeLinkUrl('https://a.example/report', 'https://a.example/')).to.equal('https://a.example/report');
    expect(safeLinkUrl('/report', 'https://a.example/x')).to.equal('https://a.example/report');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:a@b.c', '']) {
      expect(safeLinkUrl(bad, 'https://a.example/'), bad).to.equal(undefined);
    }
  });
});

describe('set-up errors (SPEC §8)', () => {
  beforeEach(clearStorage);

  it('refuses a disallowed endpoint before any request: visible message, console error, mor-error config', async () => {
    const ns = namespace();
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      // A loopback address outside the allowed list: a request, had one been made, would reach the receiver.
      const refused = `http://127.0.0.2:${location.port}${endpointFor(ns)}`;
      const survey = await surveyAt(refused);
      const panel = survey.shadowRoot!.querySelector('.config-error')!;
      expect(textOf(panel)).to.contain('This survey is not set up correctly');
      expect(errors.join('\n')).to.contain('not allowed');
      await answerRequired(survey);
      const error = oneEvent(survey, 'mor-error') as Promise<MorErrorEvent>;
      submitButton(survey).click();
      expect((await error).detail).to.include({ kind: 'config', queued: false });
      await new Promise((r) => setTimeout(r, 300));
      expect((await received(ns)).attempts).to.equal(0);
      expect(Object.keys(localStorage).filter((k) => k.startsWith('mor-survey:outbox:'))).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });

  it('reports a missing endpoint (and no transport) at submit, and a bad survey-id at once', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const survey = await fixture<MorSurvey>(html`<mor-survey draft="off"></mor-survey>`);
      await settle(survey);
      expect(survey.shadowRoot!.querySelector('.config-error')).to.equal(null);
      await answerRequired(survey);
      const error = oneEvent(survey, 'mor-error') as Promise<MorErrorEvent>;
      submitButton(survey).click();
      expect((await error).detail.kind).to.equal('config');
      await settle(survey);
      expect(survey.shadowRoot!.querySelector('.config-error')).to.not.equal(null);

      const badId = await surveyAt(endpointFor(namespace()), { surveyId: '../../etc/passwd' });
      expect(badId.shadowRoot!.querySelector('.config-error')).to.not.equal(null);
    } finally {
      console.error = original;
    }
  });
});

describe('hostile input is only ever text (SPEC §8)', () => {
  beforeEach(clearStorage);

  it('renders every attribute as text', async () => {
    const quiet = [console.warn, console.error];
    console.warn = console.error = () => {};
    try {
      for (const value of CORPUS) {
        const survey = await fixture<MorSurvey>(html`<mor-survey
          endpoint=${value}
          survey-id=${value}
          respondent=${value}
          lang=${value}
          report-url=${value}
          heading=${value}
          heading-level=${value}
          draft=${value}
          timeout=${value}
          credentials=${value}
        ></mor-survey>`);
        await settle(survey);
        await choose(survey, 'mor-reporting', 'reporting', 'no');
        expect(survey.shadowRoot!.querySelector('.heading')!.textContent).to.equal(value);
        expectInert(survey);
      }
    } finally {
      [console.warn, console.error] = quiet;
    }
  });

  it('renders every strings override as text, from JavaScript and from JSON', async () => {
    for (const value of CORPUS.slice(0, 5)) {
      const overrides = Object.fromEntries(
        Object.entries(en).map(([key, text]) => [key, typeof text === 'string' ? value : { one: value, other: value }]),
      );
      const survey = await surveyAt(endpointFor(namespace()));
      survey.strings = overrides;
      await settle(survey);
      submitButton(survey).click();
      await settle(survey);
      await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
      expect(textOf(survey)).to.contain(value.slice(0, 20));
      expectInert(survey);

      const fromJson = await fixture<MorSurvey>(html`<mor-survey endpoint="/x" draft="off"></mor-survey>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(overrides);
      fromJson.append(script);
      await new Promise((r) => setTimeout(r, 0));
      await settle(fromJson);
      expect(textOf(fromJson)).to.contain(value.slice(0, 20));
      expectInert(fromJson);
    }
  });

  it('sends hostile answers as the text typed, and shows a hostile server message as text', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns), { respondent: 'member' });
    await answerRequired(survey, { respondent: false });
    const text = CORPUS.slice(0, 8).join(' | ');
    await type(survey, 'mor-last-interaction', 'lastInteraction-workedWell', text);
    await setMode(ns, { mode: 'reject', detail: CORPUS[0]! });
    const error = oneEvent(survey, 'mor-error') as Promise<MorErrorEvent>;
    submitButton(survey).click();
    expect((await error).detail.message).to.equal(CORPUS[0]);
    await settle(survey);
    expect(textOf(survey.shadowRoot!.querySelector('.rejected'))).to.contain(CORPUS[0]);
    expectInert(survey);

    await setMode(ns, { mode: 'accept' });
    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    await submitted;
    const { responses } = await received(ns);
    expect(responses[0]!.answers.lastInteraction!.workedWell).to.equal(text);
  });
});

describe('strict Content-Security-Policy and Trusted Types (SPEC §8)', () => {
  beforeEach(clearStorage);

  it('the editors’ bundle renders, validates and submits with no violation', async () => {
    const ns = namespace();
    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/csp-page.html?endpoint=${encodeURIComponent(endpointFor(ns))}`;
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & { violations?: string[]; eval: typeof eval }) | null;
    const survey = await until(() => win()?.document.querySelector('mor-survey') as MorSurvey | null, 'survey');
    await until(() => survey.shadowRoot?.querySelector('form'), 'survey rendered');
    await settle(survey);
    submitButton(survey).click();
    await settle(survey);
    await answerRequired(survey);
    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    await choose(survey, 'mor-issues', 'issues-reported', 'yes');
    await type(survey, 'mor-issues', 'issues-details', 'Under a strict policy');
    const submitted = oneEvent(survey, 'mor-submitted');
    submitButton(survey).click();
    await submitted;
    await new Promise((r) => setTimeout(r, 200)); // violation events arrive a moment late
    expect(win()!.violations).to.deep.equal([]);
    expect((await received(ns)).responses).to.have.length(1);

    // The policy is really in force: eval and string HTML sinks are blocked on that page.
    expect(() => win()!.eval('1 + 1')).to.throw();
    expect(() => {
      win()!.document.body.innerHTML = '<b>x</b>';
    }).to.throw();
    frame.remove();
  });
});
