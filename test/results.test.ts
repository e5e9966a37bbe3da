import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { browserCapabilities, until } from './helpers/receiver.js';
import { cell, fewMembers, resultsWith, root, table, text, twoRounds } from './helpers/results.js';
import { percent, range } from '../src/results/format.js';
import type { MorResults } from '../src/results/mor-results.js';

describe('<mor-results> shows the summary’s figures (SPEC §13)', () => {
  it('puts each group’s count, percentage and 95% interval in the table beside the chart', async () => {
    const summary = twoRounds();
    const el = await resultsWith(summary);
    const health = table(el, 'Table 3: Health of the relationship');
    // Columns: All now, All before, Members now, Members before, Officers now, Officers before.
    const groups = ['all', 'member', 'officer'] as const;
    groups.forEach((group, g) => {
      for (const [r, round] of (['now', 'before'] as const).entries()) {
        const answers = (summary.rounds[round]!.groups[group] as any).questions.health;
        for (const [code, label] of [['4', 'Good'], ['1', 'Very poor']] as const) {
          const f = answers.options[code];
          expect(cell(health, label, g * 2 + r)).to.equal(`${percent(f.share)} (${f.count}) 95% interval ${range(f.low, f.high)}`);
        }
        expect(cell(health, 'Number who answered', g * 2 + r)).to.equal(String(answers.answered));
        expect(cell(health, 'Mean score (1 = very poor, 5 = very good)', g * 2 + r)).to.equal(answers.mean.toFixed(2));
      }
    });
    // Worked by hand: 22 of the 40 Members said Good this round; 56 of all 70 Good or Very good.
    expect(cell(health, 'Good', 2)).to.match(/^55% \(22\)/);
    expect(cell(health, 'Good or very good', 0)).to.match(/^80% \(56\)/);
    expect(cell(table(el, 'Table 1'), 'now', 1)).to.equal('40');
  });

  it('draws a diverging bar for health, a stacked bar for reporting, one bar per group and round', async () => {
    const el = await resultsWith(twoRounds());
    const [, health, , , , reporting] = [...root(el).querySelectorAll('.item')];
    expect(health!.querySelectorAll('svg.bar')).to.have.length(6);
    // Diverging: one shared zero line, negatives to its left, positives to its right.
    const zero = health!.querySelector('line.zero')!.getAttribute('x1');
    expect([...health!.querySelectorAll('line.zero')].every((l) => l.getAttribute('x1') === zero)).to.equal(true);
    const bar = health!.querySelector('svg.bar')!;
    const x = (tone: string) => parseFloat(bar.querySelector(`rect.${tone}`)!.getAttribute('x')!);
    const end = (tone: string) => x(tone) + parseFloat(bar.querySelector(`rect.${tone}`)!.getAttribute('width')!);
    expect(end('neg1')).to.be.at.most(parseFloat(zero!) + 1e-6);
    expect(x('pos1')).to.be.at.least(parseFloat(zero!) - 1e-6);
    // Stacked: segments start at 0 and follow one another.
    const rects = [...reporting!.querySelector('svg.bar')!.querySelectorAll('rect')];
    expect(rects[0]!.getAttribute('x')).to.equal('0.000%');
    // The key is above the chart, in the order the bars draw the answers.
    expect([...health!.querySelectorAll('.key li')].map((li) => li.textContent!.trim())).to.deep.equal(['Very poor', 'Poor', 'Neither good nor poor', 'Good', 'Very good']);
    // No geometry or colour in style attributes (strict CSP).
    expect(root(el).querySelector('[style]')).to.equal(null);
  });

  it('says the key changes in words, marking only those whose interval excludes zero', async () => {
    const el = await resultsWith(twoRounds());
    const items = [...root(el).querySelectorAll('.changes li')].map(text);
    // Newcombe's own example: 56/70 − 48/80 = +20 points, 95% interval 0.0524 to 0.3339.
    const first = root(el).querySelector('.changes li')!;
    expect(first.querySelector('.mark')!.textContent).to.equal('▲');
    expect(first.querySelector('.mark')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(first.lastElementChild!)).to.equal('Significant increase: Good or very good: 80% (60% in before), a change of +20 points, 95% interval +5 to +33');
    const significant = [...root(el).querySelectorAll('.changes li')].filter((li) => li.querySelector('.mark')!.textContent!.trim());
    const summary = twoRounds();
    expect(significant).to.have.length(summary.changes!.filter((c) => c.significant).length);
    expect(items.filter((t) => t.endsWith('(not a significant change)'))).to.have.length(summary.changes!.filter((c) => !c.significant).length);
  });

  it('shows one round without changes, and hidden groups with the anonymity notice', async () => {
    const el = await resultsWith(fewMembers());
    expect(root(el).querySelector('.changes')).to.equal(null);
    const overview = table(el, 'Table 1');
    expect(cell(overview, 'now', 0)).to.equal('36');
    expect(cell(overview, 'now', 1)).to.equal('Fewer than 10 responses from Members or Officers: not shown to protect anonymity');
    expect(cell(overview, 'now', 2)).to.equal(cell(overview, 'now', 1));
    const health = table(el, 'Table 3');
    expect(health.querySelectorAll('thead tr:last-child th')).to.have.length(3);
    expect(cell(health, 'Good', 1)).to.contain('not shown to protect anonymity');
    // A question hidden within a group that is shown: the notice gives no reason, as hidden
    // cells look the same whatever the reason (here fewer than 10 answered).
    const reporting = table(el, 'Table 7');
    expect(cell(reporting, 'Yes', 0)).to.equal('Not shown to protect anonymity');
    expect(text(root(el))).to.not.contain('undefined');
  });

  it('speaks Welsh, its own lang or inherited, with the survey’s own option labels', async () => {
    const el = await resultsWith(twoRounds(), { lang: 'cy' });
    expect(text(root(el))).to.contain("Lawrlwytho'r crynodeb hwn (CSV)");
    expect(cell(table(el, 'Tabl 3'), 'Da iawn', 0)).to.match(/%/);
    expect(root(el).querySelector('.question-title')!.textContent).to.contain('Pa mor aml');
    const wrapper = await fixture(html`<div lang="cy-GB"><mor-results></mor-results></div>`);
    const inner = wrapper.querySelector('mor-results')!;
    inner.summary = twoRounds();
    await inner.updateComplete;
    expect(text(root(inner))).to.contain('Newidiadau allweddol ers before');
    wrapper.setAttribute('lang', 'en');
    await until(() => text(root(inner)).includes('Key changes since before'), 'English after the ancestor changes');
  });

  it('shows English for a language it does not ship, without a console warning', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await resultsWith(twoRounds(), { lang: 'fr' });
      expect(text(root(el))).to.contain('Key changes since before');
      expect(root(el).querySelector('.results')!.getAttribute('lang')).to.equal('en');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('loads from src with same-origin credentials, saying so while it loads', async () => {
    const el = await fixture<MorResults>(html`<mor-results></mor-results>`);
    el.src = '/dist/demo/results-summary.json';
    await el.updateComplete;
    expect(text(root(el).querySelector('[role=status]')!)).to.equal('Loading the results…');
    await until(() => root(el).querySelector('table'), 'tables');
    expect(el.summary!.survey).to.equal('2026-spring');
    expect(root(el).querySelector('[role=status]')!.textContent!.trim()).to.equal('');
  });

  it('says why results cannot be shown: a server error, an answer that is not a summary, no network', async () => {
    const el = await fixture<MorResults>(html`<mor-results heading="Results"></mor-results>`);
    const error = () => root(el).querySelector('.error');
    const problem = () => (error() ? text(error()!) : '');
    el.src = '/test/fixtures/no-such-summary.json';
    await until(() => root(el).querySelector('.error'), 'error');
    expect(problem()).to.equal('The results could not be shown The results could not be loaded: the server answered 404.');
    el.src = '/package.json';
    await until(() => problem().includes('not a survey summary'), 'shape error');
    el.src = 'http://127.0.0.1:9/summary.json';
    await until(() => problem().includes('Check your connection'), 'network error');
    el.summary = { version: 1 } as never;
    await el.updateComplete;
    expect(problem()).to.contain('not a survey summary');
    expect(root(el).querySelector('table')).to.equal(null);
    el.summary = twoRounds();
    await el.updateComplete;
    expect(root(el).querySelector('.error')).to.equal(null);
  });
});

describe('<mor-results> download and print (SPEC §13)', () => {
  it('offers "Download this summary (CSV)" as a link reached by Tab, with an Excel-friendly CSV', async () => {
    const summary = twoRounds();
    const before = await fixture(html`<div><button>before</button><mor-results></mor-results></div>`);
    const el = before.querySelector('mor-results')!;
    el.summary = summary;
    await el.updateComplete;
    before.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = root(el).activeElement as HTMLAnchorElement;
    expect(link?.textContent).to.equal('Download this summary (CSV)');
    expect(link.getAttribute('download')).to.equal('mor-survey-now-summary.csv');
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
    const csv = new TextDecoder().decode(bytes.slice(3));
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.replaceAll('\r\n', '')).to.not.contain('\n');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).to.equal('Round,Group,Question,Answer,Count,Out of,Percent,95% interval from,95% interval to,Mean,Note');
    const good = summary.rounds.now!.groups.all as any;
    const f = good.questions.health.good;
    const round1 = (v: number) => (Math.round(v * 1000) / 10).toFixed(1);
    expect(rows).to.include(
      `now,All respondents,How would you describe the current health of the relationship between Members and Officers?,Good or very good,${f.count},${good.questions.health.answered},${round1(f.share)},${round1(f.low)},${round1(f.high)},,`,
    );
    // A comma is quoted; free text is never there.
    expect(csv).to.contain('"Mean score (1 = very poor, 5 = very good)"');
    expect(csv).to.not.contain('A secret comment');
    expect(rows).to.include('now compared with before,All respondents,Good or very good,Change in percentage points,,,20.0,5.2,33.4,,Significant');
  });

  it('shows hostile text from a summary as text, and names the file from the round id alone', async () => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    const title = { en: hostile, cy: hostile };
    const details = { title, opens: '2026-03-02T09:00:00Z', closes: '2026-04-30T16:00:00Z', access: 'open' as const };
    const el = await resultsWith(twoRounds({ rounds: { now: details, before: details } }));
    expect(text(root(el))).to.contain(hostile);
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(root(el).querySelector('a[download]')!.getAttribute('download')).to.equal('mor-survey-now-summary.csv');
    // A round id that is not one (the summary's check refuses it) is never drawn.
    const bad = await resultsWith(JSON.parse(JSON.stringify(twoRounds()).replaceAll('"now"', JSON.stringify(hostile))));
    expect(text(root(bad))).to.contain('not a survey summary');
  });

  it('makes cells that look like formulas safe', async () => {
    // A round's title may begin with "-", which a spreadsheet would read as a formula.
    const details = { title: { en: '-1+1', cy: '-1+1' }, opens: '2026-03-02T09:00:00Z', closes: '2026-04-30T16:00:00Z', access: 'open' as const };
    const el = await resultsWith(twoRounds({ rounds: { now: details } }));
    const link = root(el).querySelector<HTMLAnchorElement>('a[download]')!;
    const csv = await (await fetch(link.href)).text();
    expect(csv.split('\r\n')[1]!.startsWith("'-1+1,")).to.equal(true);
    expect(csv).to.not.match(/(^|,)-1\+1,/m);
  });

  it('prints without the download link, keeps chart colours and keeps each question on one page', async () => {
    const el = await resultsWith(twoRounds());
    const rules = [...el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])];
    const print = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
    const css = print.map((rule) => rule.cssText).join('\n');
    expect(css).to.match(/\.actions\s*\{\s*display:\s*none/);
    expect(css).to.match(/print-color-adjust:\s*exact/);
    expect(css).to.match(/\.item[^{]*\{[^}]*break-inside:\s*avoid/);
    expect(root(el).querySelector('button')).to.equal(null);
    // Where print media can be emulated (the DevTools protocol, Chromium), see it applied.
    if (!(await browserCapabilities()).cdp) return;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('.actions')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.item')!).breakInside).to.equal('avoid');
      expect(getComputedStyle(root(el).querySelector('rect.segment')!).printColorAdjust).to.equal('exact');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
