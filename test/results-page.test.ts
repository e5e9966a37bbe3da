// The results bundle (dist/mor-results.js) on a page of its own: under the strict CSP with
// Trusted Types, at 320 px, in English and Welsh.
import { expect } from '@open-wc/testing';
import { until } from './helpers/receiver.js';
import { text } from './helpers/results.js';

async function openResults(query = '', width = 800) {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/results-page.html${query}`;
  frame.style.border = '0';
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { violations?: string[]; eval: typeof eval }) | null;
  const el = await until(() => win()?.document.querySelector('mor-results'), 'results element');
  // The responses, the trend's five measures, six questions and the comments.
  await until(() => el.shadowRoot?.querySelectorAll('table').length === 13, 'results drawn');
  await new Promise((r) => setTimeout(r, 200)); // violation events arrive a moment late
  return { frame, win: win()!, el };
}

describe('dist/mor-results.js on a page (SPEC §8, §13)', () => {
  for (const lang of ['en', 'cy']) {
    it(`draws the summary with no CSP or Trusted Types violation (${lang})`, async () => {
      const { frame, win, el } = await openResults(`?lang=${lang}`);
      expect(win.violations).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('svg.bar rect').length).to.be.greaterThan(20);
      // The bundle carries the survey's own labels, in the right language.
      expect(text(el.shadowRoot!)).to.contain(lang === 'cy' ? 'Da iawn' : 'Very good');
      expect(text(el.shadowRoot!)).to.contain(lang === 'cy' ? 'Llai na 10 ymateb gan Aelodau neu Swyddogion' : 'Fewer than 10 responses from Members or Officers');
      // The policy is really in force there.
      expect(() => win.eval('1 + 1')).to.throw();
      frame.remove();
    });
  }

  it('does not scroll sideways at 320 px; wide tables scroll inside a named, focusable region', async () => {
    const { frame, win, el } = await openResults('', 320);
    const root = win.document.documentElement;
    // Firefox draws a classic scrollbar inside the frame: the viewport is then a little narrower.
    expect(root.clientWidth).to.be.within(300, 320);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    for (const region of el.shadowRoot!.querySelectorAll('.table-wrap')) {
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex')).to.equal('0');
      const caption = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!);
      expect(caption?.localName).to.equal('caption');
    }
    const wide = [...el.shadowRoot!.querySelectorAll('.table-wrap')].filter((r) => r.scrollWidth > r.clientWidth);
    expect(wide.length).to.be.greaterThan(0);
    frame.remove();
  });
});
