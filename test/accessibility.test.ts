import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { openPage } from './helpers/frames.js';
import {
  answerRequired,
  choose,
  clearStorage,
  deepActive,
  questionEl,
  settle,
  submitButton,
  surveyAt,
  type,
} from './helpers/survey.js';
import { audit, describe as describeViolations } from './helpers/axe.js';
import { browserCapabilities, endpointFor, namespace, setMode, until } from './helpers/receiver.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';

async function expectNoViolations(state: string) {
  const results = await audit();
  expect(results.violations, `${state}:\n${describeViolations(results)}`).to.deep.equal([]);
  // Incomplete results need a person's judgement; they are listed in the issue notes.
  if (results.incomplete.length) {
    console.warn(`axe incomplete (${state}): ${results.incomplete.map((r) => `${r.id} ×${r.nodes.length}`).join(', ')}`);
  }
}

/** Describes the focused element: its tag, and its name or id and value. */
function focused(): string {
  const el = deepActive() as HTMLInputElement | null;
  if (!el) return 'none';
  if (el.localName === 'input') return `${el.name}:${el.value}`;
  if (el.localName === 'textarea') return `textarea:${el.id}`;
  if (el.localName === 'button') return `button:${el.textContent!.trim()}`;
  if (el.localName === 'a') return `link:${el.textContent!.trim()}`;
  return `${el.localName}.${el.className}`;
}

/** Focuses a button placed just before the survey, so the next Tab enters it from the page. */
function focusJustBefore(survey: Element) {
  const button = Object.assign(document.createElement('button'), { textContent: 'before' });
  survey.before(button);
  button.focus();
}

async function tab(times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
}

describe('accessibility (SPEC §7)', () => {
  beforeEach(async () => {
    clearStorage();
    if ((await browserCapabilities()).cdp) {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('audits inside shadow roots (the audit would catch an unlabelled radio there)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="radio" name="x">';
    document.body.append(host);
    const results = await audit(host);
    host.remove();
    expect(results.violations.map((v) => v.id)).to.include('label');
  });

  it('has no axe violations when empty, with errors, with follow-ups and the report link, and when rejected', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns), { reportUrl: 'https://example.org/report' });
    survey.heading = 'Spring survey';
    await settle(survey);
    await expectNoViolations('empty');

    submitButton(survey).click();
    await settle(survey);
    await expectNoViolations('errors');

    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    await choose(survey, 'mor-reporting', 'reporting', 'not-sure');
    await type(survey, 'mor-issues', 'issues-details', 'x'.repeat(2010));
    submitButton(survey).click();
    await settle(survey);
    await expectNoViolations('follow-ups open, report link, over-long text');

    await answerRequired(survey);
    await choose(survey, 'mor-issues', 'issues-experienced', 'no');
    await setMode(ns, { mode: 'reject', detail: 'This survey round has closed.' });
    const rejected = oneEvent(survey, 'mor-error');
    submitButton(survey).click();
    await rejected;
    await settle(survey);
    await expectNoViolations('rejected');
  });

  it('has no axe violations when queued and when confirmed', async () => {
    const ns = namespace();
    await setMode(ns, { mode: 'too-many', retryAfter: 2, times: 1 });
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    const error = oneEvent(survey, 'mor-error');
    submitButton(survey).click();
    await error;
    await settle(survey);
    await expectNoViolations('queued');
    await oneEvent(survey, 'mor-submitted');
    await settle(survey);
    await expectNoViolations('confirmation');
  });

  it('tabs through every control in a logical order', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { reportUrl: 'https://example.org/report' });
    focusJustBefore(survey);
    const order: string[] = [];
    for (let i = 0; i < 11; i++) {
      await tab();
      order.push(focused());
    }
    expect(order).to.deep.equal([
      'respondent:member',
      'frequency:daily',
      'health:1',
      'change:improved',
      'textarea:lastInteraction-workedWell',
      'textarea:lastInteraction-didNotWorkWell',
      'textarea:lastInteraction-toImprove',
      'issues-experienced:yes',
      'reporting:yes',
      'button:Submit',
      'button:Clear my answers',
    ]);
  });

  it('can be answered and submitted with the keyboard alone, follow-ups next after Yes', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { reportUrl: 'https://example.org/report' });
    focusJustBefore(survey);

    await tab(); // respondent: Member
    await sendKeys({ press: ' ' });
    await tab(); // frequency: Daily → Weekly
    await sendKeys({ press: 'ArrowDown' });
    await tab(); // health: Very poor … → Good
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tab(); // change: Improved
    await sendKeys({ press: ' ' });
    await tab(); // what worked well
    await sendKeys({ type: 'Clear agenda' });
    await tab(3); // past the other two text areas, to issues: Yes
    await sendKeys({ press: ' ' });
    await settle(survey);
    await tab();
    expect(focused(), 'the follow-up is the next tab stop').to.equal('issues-reported:yes');
    await sendKeys({ press: 'ArrowDown' }); // reported: No
    await tab();
    expect(focused()).to.equal('textarea:issues-details');
    await tab(); // reporting
    expect(focused()).to.equal('reporting:yes');
    await sendKeys({ press: 'ArrowDown' }); // No → the link appears, next in order
    await settle(survey);
    await tab();
    expect(focused()).to.equal('link:Find out how to report an issue');
    await tab();
    expect(focused()).to.equal('button:Submit');

    const submitted = oneEvent(survey, 'mor-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.response.answers).to.deep.equal({
      frequency: 'weekly',
      health: 4,
      change: 'improved',
      lastInteraction: { workedWell: 'Clear agenda' },
      issues: { experienced: 'yes', reported: 'no' },
      reporting: 'no',
    });
    expect(detail.response.respondent).to.equal('member');
    await settle(survey);
    expect(survey.shadowRoot!.activeElement).to.equal(survey.shadowRoot!.querySelector('.confirmation'));
  });

  it('shows a focus outline of at least 3 px with 3:1 contrast on every kind of control', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    focusJustBefore(survey);
    const kinds = new Map<string, Element>();
    for (let i = 0; i < 11; i++) {
      await tab();
      const el = deepActive()!;
      kinds.set(el.localName, el);
    }
    expect([...kinds.keys()].sort()).to.deep.equal(['button', 'input', 'textarea']);
    for (const [kind, el] of kinds) {
      (el as HTMLElement).focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality for :focus-visible
      const style = getComputedStyle(el);
      expect(parseFloat(style.outlineWidth), kind).to.be.at.least(3);
      expect(style.outlineStyle, kind).to.equal('solid');
      expect(contrast(style.outlineColor, 'rgb(255, 255, 255)'), kind).to.be.at.least(3);
    }
  });

  it('keeps every target at least 24 × 24 px', async () => {
    const survey = await surveyAt(endpointFor(namespace()), { reportUrl: 'https://example.org/report' });
    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    await choose(survey, 'mor-reporting', 'reporting', 'no');
    for (const el of interactive(survey)) {
      const box = el.getBoundingClientRect();
      const label = el.id ? el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`) : null;
      const area = label ? label.getBoundingClientRect() : box;
      // A radio's target includes its label; anything else must be 24 × 24 itself (or inline text, for links).
      if (el.localName === 'a') continue;
      expect(Math.max(box.width, area.width), el.outerHTML).to.be.at.least(24);
      expect(Math.max(box.height, area.height), el.outerHTML).to.be.at.least(24);
    }
  });

  it('does not scroll sideways at 320 px, with errors and long words', async () => {
    // A 320 px wide frame is a 320 px viewport in every engine (WebDriver cannot resize one).
    const page = await openPage(endpointFor(namespace()));
    page.frame.style.border = '0';
    page.frame.style.width = '320px';
    const survey = page.survey;
    survey.heading = 'Arolwg-perthynas-Aelodau-a-Swyddogion-gwanwyn-2026-hirhirhirhirhir';
    await settle(survey);
    await choose(survey, 'mor-issues', 'issues-experienced', 'yes');
    await type(survey, 'mor-issues', 'issues-details', 'W'.repeat(300));
    submitButton(survey).click();
    await settle(survey);
    const root = page.frame.contentDocument!.documentElement;
    // Firefox draws a classic scrollbar inside the frame: the viewport is then a little narrower.
    expect(root.clientWidth).to.be.within(300, 320);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    page.close();
  });

  it('works in forced colours: focus still drawn, no violations', async function () {
    // Forced colours can only be emulated through the DevTools protocol (Chromium): Firefox's
    // WebDriver BiDi and WebKit's WebDriver have no such command.
    if (!(await browserCapabilities()).cdp) this.skip();
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const survey = await surveyAt(endpointFor(namespace()));
    submitButton(survey).click();
    await settle(survey);
    const radio = questionEl(survey, 'mor-frequency').querySelector('input')!;
    radio.focus();
    await sendKeys({ press: 'Shift' });
    expect(parseFloat(getComputedStyle(radio).outlineWidth)).to.be.at.least(3);
    await expectNoViolations('forced colours');
  });

  it('announces the character count politely once typing pauses', async () => {
    const survey = await surveyAt(endpointFor(namespace()));
    const last = questionEl(survey, 'mor-last-interaction');
    const live = () =>
      last.querySelector('[data-field="lastInteraction.workedWell"] [aria-live="polite"]')!;
    // Typed key by key in one task, so no timer can run between the keys and the first check
    // however busy the machine: the count is not announced while typing goes on.
    const field = last.querySelector<HTMLTextAreaElement>('#lastInteraction-workedWell')!;
    for (const key of 'Hello') {
      field.value += key;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key }));
    }
    await settle(survey);
    expect(live().textContent).to.equal('');
    await until(() => live().textContent === 'You have 1,995 characters remaining', 'the count announced after the pause');
    const textarea = last.querySelector('#lastInteraction-workedWell')!;
    const limit = last.querySelector('#lastInteraction-workedWell-limit')!;
    expect(textarea.getAttribute('aria-describedby')).to.contain(limit.id);
    expect(limit.textContent).to.equal('You can enter up to 2,000 characters');
  });
});

function interactive(survey: MorSurvey): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.matches('input, textarea, button, a[href]')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(survey.shadowRoot!);
  return found;
}

function luminance(colour: string): number {
  const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
