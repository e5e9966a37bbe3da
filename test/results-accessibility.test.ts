// <mor-results> against WCAG 2.2 AA (SPEC §7, §13) in every state, and its chart colours.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { audit, describe as describeViolations } from './helpers/axe.js';
import { browserCapabilities, until } from './helpers/receiver.js';
import { fewMembers, resultsWith, root, twoRounds } from './helpers/results.js';
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

  it('has no axe violations: two rounds, one round with hidden groups, Welsh, a heading level', async () => {
    await resultsWith(twoRounds(), { heading: 'Spring results' });
    await expectNoViolations('two rounds');
    await resultsWith(fewMembers());
    await expectNoViolations('one round, hidden groups');
    await resultsWith(twoRounds(), { lang: 'cy' });
    await expectNoViolations('Welsh');
    const el = await fixture<MorResults>(html`<mor-results heading="Results" heading-level="5"></mor-results>`);
    el.summary = twoRounds();
    await el.updateComplete;
    expect(root(el).querySelector('h5.heading')).to.not.equal(null);
    expect(root(el).querySelectorAll('h6').length).to.be.greaterThan(5);
    await expectNoViolations('heading level 5');
  });

  it('has no axe violations while loading and when the results cannot be loaded', async () => {
    const el = await fixture<MorResults>(html`<mor-results heading="Results"></mor-results>`);
    el.src = '/dist/demo/results-summary.json';
    await el.updateComplete;
    await expectNoViolations('loading');
    await until(() => root(el).querySelector('table'), 8000, 'loaded');
    await expectNoViolations('loaded from src');
    el.src = '/test/fixtures/no-such-summary.json';
    await until(() => root(el).querySelector('.error'), 8000, 'error');
    await expectNoViolations('load failed');
    el.summary = { version: 1 } as never;
    await el.updateComplete;
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
      if (label?.localName === 'text') expect(contrast(getComputedStyle(label).fill, fill), `label on ${rect.getAttribute('class')}`).to.be.at.least(4.5);
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
