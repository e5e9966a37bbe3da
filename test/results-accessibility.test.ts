// <mor-results> against WCAG 2.2 AA (SPEC §7, §13) in every state, and its chart colours.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { audit, describe as describeViolations } from './helpers/axe.js';
import { browserCapabilities, until } from './helpers/receiver.js';
import { fewMembers, paper, resultsWith, root, twoRounds } from './helpers/results.js';
import type { MorResults } from '../src/results/mor-results.js';

async function expectNoViolations(state: string) {
  const results = await audit();
  expect(results.violations, `${state}:\n${describeViolations(results)}`).to.deep.equal([]);
  if (results.incomplete.length) {
    console.warn(`axe incomplete (${state}): ${results.incomplete.map((r) => `${r.id} ×${r.nodes.length}`).join(', ')}`);
  }
}

function luminance(colour: string): number {
  const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('<mor-results> accessibility (SPEC §7, §13)', () => {
  afterEach(async () => {
    if ((await browserCapabilities()).cdp) await executeServerCommand('forced-colors', { active: false });
  });

  // One axe pass per test; the runner's 60 s timeout leaves room on a busy machine.

  it('has no axe violations: two rounds with a heading', async () => {
    await resultsWith(twoRounds(), { heading: 'Spring results' });
    await expectNoViolations('two rounds');
  });

  it('has no axe violations: one round, with hidden groups', async () => {
    await resultsWith(fewMembers());
    await expectNoViolations('one round, hidden groups');
  });

  it('has no axe violations: in Welsh', async () => {
    await resultsWith(twoRounds(), { lang: 'cy' });
    await expectNoViolations('Welsh');
  });

  it('has no axe violations: named rounds, a group hidden in one, and the trend', async () => {
    await resultsWith(paper());
    await expectNoViolations('the paper with the trend');
  });

  it('has no axe violations: the trend in Welsh, 320 px wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><mor-results></mor-results></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('mor-results')!;
    el.summary = paper();
    await el.updateComplete;
    await expectNoViolations('Welsh trend at 320 px');
  });

  it('has no axe violations: under a heading of level 5', async () => {
    const el = await fixture<MorResults>(html`<mor-results heading="Results" heading-level="5"></mor-results>`);
    el.summary = twoRounds();
    await el.updateComplete;
    expect(root(el).querySelector('h5.heading')).to.not.equal(null);
    expect(root(el).querySelectorAll('h6').length).to.be.greaterThan(5);
    await expectNoViolations('heading level 5');
  });

  it('has no axe violations while loading', async () => {
    const el = await fixture<MorResults>(html`<mor-results heading="Results"></mor-results>`);
    el.src = '/dist/demo/results-summary.json';
    await el.updateComplete;
    await expectNoViolations('loading');
  });

  it('has no axe violations once loaded from src (the demo rounds, with the trend)', async () => {
    const el = await fixture<MorResults>(html`<mor-results heading="Results"></mor-results>`);
    el.src = '/dist/demo/results-summary.json';
    await until(() => root(el).querySelector('.trend table'), 'loaded');
    await expectNoViolations('loaded from src');
  });

  it('has no axe violations when the results cannot be loaded', async () => {
    const el = await fixture<MorResults>(html`<mor-results heading="Results"></mor-results>`);
    el.src = '/test/fixtures/no-such-summary.json';
    await until(() => root(el).querySelector('.error'), 'error');
    await expectNoViolations('load failed');
  });

  it('has no axe violations when what it is given is not a summary', async () => {
    const el = await resultsWith({ version: 1 });
    expect(root(el).querySelector('.error')).to.not.equal(null);
    await expectNoViolations('not a summary');
  });

  it('gives chart marks 3:1 against the page and their labels 4.5:1 against the mark', async () => {
    const el = await resultsWith(twoRounds());
    const background = getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : getComputedStyle(el).backgroundColor;
    const rects = [...root(el).querySelectorAll<SVGRectElement>('svg.bar rect.segment')];
    expect(rects.length).to.be.greaterThan(20);
    for (const rect of rects) {
      const fill = getComputedStyle(rect).fill;
      expect(contrast(fill, background), `${rect.getAttribute('class')} ${fill}`).to.be.at.least(3);
      const label = rect.nextElementSibling;
      if (label?.matches('text.segment-label')) expect(contrast(getComputedStyle(label).fill, fill), `label on ${rect.getAttribute('class')}`).to.be.at.least(4.5);
    }
    // Labels of segments too narrow to hold them sit below the bar, on the page.
    const below = [...root(el).querySelectorAll<SVGTextElement>('svg.bar text.lane-label')];
    expect(below.length).to.be.greaterThan(0);
    for (const label of below) expect(contrast(getComputedStyle(label).fill, background), 'label below a bar').to.be.at.least(4.5);
    // The trend's marks: each group's points and intervals.
    const trend = await resultsWith(paper());
    const marks = [...root(trend).querySelectorAll<SVGElement>('.trend-chart svg.marker > *, .trend-chart line.interval-bar')];
    expect(marks.length).to.be.greaterThan(20);
    for (const mark of marks) {
      const colour = mark.localName === 'line' ? getComputedStyle(mark).stroke : getComputedStyle(mark).fill;
      expect(contrast(colour, background), `${mark.parentElement!.getAttribute('class')} ${colour}`).to.be.at.least(3);
    }
  });

  it('reaches the download link and every scrolling table by keyboard, with a visible focus', async () => {
    const wrapper = await fixture(html`<div><button>before</button><mor-results></mor-results></div>`);
    const el = wrapper.querySelector('mor-results')!;
    el.summary = twoRounds();
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement as HTMLElement | null;
      if (!active) break;
      reached.push(active.localName === 'a' ? 'download' : active.getAttribute('role')!);
      expect(parseFloat(getComputedStyle(active).outlineWidth)).to.be.at.least(3);
    }
    expect(reached).to.deep.equal(['download', ...Array(8).fill('region')]); // the responses, six questions and comments
  });

  it('works in forced colours', async function () {
    // Forced colours can only be emulated through the DevTools protocol (Chromium).
    if (!(await browserCapabilities()).cdp) this.skip();
    await executeServerCommand('forced-colors', { active: true });
    const el = await resultsWith(twoRounds());
    const fills = new Set([...root(el).querySelectorAll<SVGRectElement>('svg.bar rect.segment')].map((r) => getComputedStyle(r).fill));
    // Segments alternate between the two system colours, each outlined, so they stay apart.
    expect(fills.size).to.equal(2);
    await expectNoViolations('forced colours');
  });
});
