// <mor-results> read as a committee paper (SPEC §13 "Read as a committee paper", "Print"):
// every sentence true, rounds named by title and dates, how responses were collected, when the
// paper was produced, a rate above 100% flagged, the percentage base stated, halves rounded up
// the same on the page and in the CSV, one column set in the CSV, scales that cover the bars,
// a value on every segment, tables that say they scroll, and a print layout for A4.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { summarise } from '../src/analysis/summarise.js';
import { percent, range, roundHalfUp } from '../src/results/format.js';
import { day } from '../src/results/rounds.js';
import { ResultsTexts } from '../src/results/texts.js';
import { ROUNDS_FILE } from './fixtures/rounds-file.mjs';
import { browserCapabilities } from './helpers/receiver.js';
import { cell, csvRows, many, paper, resultsWith, root, table, text } from './helpers/results.js';
import type { MorResults } from '../src/results/mor-results.js';

describe('<mor-results> reads as a committee paper (SPEC §13)', () => {
  it('says truly why a group is not compared: Officers are hidden last round because Members were few', async () => {
    const summary = paper();
    expect((summary.rounds['2025-autumn']!.groups.officer as { suppressed?: true }).suppressed).to.equal(true);
    const el = await resultsWith(summary);
    const changes = root(el).querySelector('.changes')!;
    const notices = [...changes.querySelectorAll('.notice')].map(text).filter((notice) => notice.startsWith('Not compared'));
    const why = 'Not compared: in Autumn 2025 Members or Officers gave fewer than 10 responses, so neither is shown.';
    expect(notices).to.deep.equal([why, why]);
    // Not the sentence that read as Officer participation collapsing.
    expect(text(changes)).to.not.contain('fewer than 10 responses in one of the rounds');
    // All but Experienced issues, which was not asked.
    expect(changes.querySelectorAll('.change-list li').length).to.equal(4);
    // A whole round too small says so of every group.
    const tiny = summarise([...many(40, 'now', 'member', () => ({ health: 4 })), ...many(30, 'now', 'officer', () => ({ health: 2 })), ...many(4, 'before', 'officer', () => ({ health: 3 }))], {
      survey: 'now',
      compare: 'before',
    });
    const small = await resultsWith(tiny);
    expect([...root(small).querySelectorAll('.changes .notice')].map(text)).to.deep.equal(Array(3).fill('Not compared: fewer than 10 responses in before.'));
  });

  it('names the round each change is from, which need not be the last one', async () => {
    // Spring 2026 compared with Spring 2025, a year before: Autumn 2025 ran between them.
    const round = (survey: string, good: number) => [
      ...many(12, survey, 'member', (i) => ({ health: i < good ? 4 : 2 })),
      ...many(20, survey, 'officer', (i) => ({ health: i < good ? 5 : 3 })),
    ];
    const summary = summarise([...round('2025-spring', 6), ...round('2025-autumn', 8), ...round('2026-spring', 11)], {
      survey: '2026-spring',
      compare: '2025-spring',
      rounds: ROUNDS_FILE,
      trend: true,
    });
    expect(summary.trendRounds!.map((r) => r.survey)).to.deep.equal(['2025-spring', '2025-autumn', '2026-spring']);
    const good = summary.changes!.find((c) => c.group === 'all' && c.measure === 'health.good')!;
    const el = await resultsWith(summary);
    const changes = root(el).querySelector('.changes')!;
    expect(text(changes.querySelector('.change-list li')!)).to.contain(`Good or very good: ${percent(good.to)} (${percent(good.from)} in Spring 2025), a change of`);
    expect(text(changes)).to.not.contain('last round');
    expect(text(changes)).to.not.contain('Autumn 2025');
    const cy = await resultsWith(summary, { lang: 'cy' });
    expect(text(root(cy).querySelector('.changes .change-list li')!)).to.contain(`Da neu dda iawn: ${percent(good.to)} (${percent(good.from)} yn Gwanwyn 2025), newid o`);
  });

  it('leaves a measure not shown in a round out of the list, rather than saying anything of it', async () => {
    // Issues were not asked: Experienced issues is in neither round's figures.
    const el = await resultsWith(paper());
    const all = text(root(el).querySelector('.changes .change-list')!);
    expect(all).to.not.contain('Experienced issues');
    expect(all).to.contain('Good or very good');
    expect(text(root(el).querySelector('.notes')!)).to.contain('A figure not shown in one of the rounds is not compared.');
  });

  it('names rounds by title and dates in London time, says how responses were collected, and never shows a raw id', async () => {
    const el = await resultsWith(paper());
    const about = [...root(el).querySelectorAll('.round-about')].map(text);
    expect(about).to.deep.equal([
      'Spring 2026, 1 March – 1 May 2026: each response came from a single-use invitation.',
      'Autumn 2025, 6 October – 14 November 2025: open to anyone with the link.',
    ]);
    expect(text(root(el).querySelector('.changes .section-title')!)).to.equal('Key changes since Autumn 2025');
    expect([...table(el, 'Table 7').tHead!.rows[1]!.cells].map(text)).to.deep.equal(['Spring 2026', 'Autumn 2025', 'Spring 2026', 'Autumn 2025', 'Spring 2026', 'Autumn 2025']);
    const shown = text(root(el));
    for (const id of ['2026-spring', '2025-autumn']) expect(shown).to.not.contain(id);
    const rows = await csvRows(el);
    expect(rows.slice(1).every((row) => ['Spring 2026', 'Autumn 2025'].includes(row[0]!) || row[0] === 'Spring 2026 compared with Autumn 2025')).to.equal(true);
    // And in Welsh.
    const cy = await resultsWith(paper(), { lang: 'cy' });
    expect(text(root(cy).querySelector('.round-about')!)).to.equal('Gwanwyn 2026, 1 Mawrth – 1 Mai 2026: daeth pob ymateb o wahoddiad untro.');
    expect(text(root(cy).querySelector('.changes .section-title')!)).to.equal('Newidiadau allweddol ers Hydref 2025');
  });

  it('shows when it was produced', async () => {
    // Rendering may cross midnight: the paper's day is the one read just before it or just after.
    const texts = new ResultsTexts('en');
    const before = day(new Date(), texts);
    const el = await resultsWith(paper());
    const after = day(new Date(), texts);
    expect(text(root(el).querySelector('[part=produced]')!)).to.be.oneOf([`Produced on ${before}.`, `Produced on ${after}.`]);
  });

  it('flags a response rate above 100% as a population to check', async () => {
    const el = await resultsWith(paper());
    const members = cell(table(el, 'Table 1'), 'Spring 2026', 1);
    expect(members).to.equal('25Response rate 125%: more responses than people asked. Check the population.');
    expect(root(el).querySelectorAll('.check')).to.have.length(1);
    expect(cell(table(el, 'Table 1'), 'Spring 2026', 2)).to.equal('142Response rate 36%');
    // The CSV flags it in the note, under a label of its own (not cut out of the page's sentence).
    const rates = (await csvRows(el)).filter((row) => row[2] === 'Response rate');
    expect(rates.map((row) => [row[1], row[6], row[10]])).to.deep.equal([
      ['All respondents', '39.8', ''],
      ['Members', '125.0', 'Response rate 125%: more responses than people asked. Check the population.'],
      ['Officers', '35.5', ''],
    ]);
    const cy = await resultsWith(paper(), { lang: 'cy' });
    const welsh = (await csvRows(cy)).filter((row) => row[2] === 'Cyfradd ymateb');
    expect(welsh.map((row) => row[10])).to.deep.equal(['', "Cyfradd ymateb 125%: mwy o ymatebion na'r bobl a holwyd. Gwiriwch y boblogaeth.", '']);
  });

  it('states the percentage base: those who answered, "Don’t know" and "Prefer not to say" included', async () => {
    const el = await resultsWith(paper());
    expect(text(root(el).querySelector('.notes')!)).to.contain('Percentages are of those who answered each question, “Don’t know” and “Prefer not to say” included');
    expect(text(table(el, 'Table 9').caption!)).to.equal('Table 9: Change over the last 6 months. Number, percentage of those who answered and 95% interval');
  });
});

describe('<mor-results> numbers: halves up, the same on the page and in the CSV (SPEC §13)', () => {
  it('rounds halves up where Math.round and floating point broke ties both ways', () => {
    // 1/8 = 12.5%, 29/200 = 14.5% (14.499999999999998 in floating point), 57/200 = 28.5%.
    expect([1 / 8, 29 / 200, 57 / 200].map(percent)).to.deep.equal(['13%', '15%', '29%']);
    expect([roundHalfUp(14.45, 1), roundHalfUp(-2.5), roundHalfUp(0.125 * 100)]).to.deep.equal([14.5, -3, 13]);
    expect(range(29 / 200, 57 / 200)).to.equal('15–29%');
  });

  it('writes every CSV row with the header’s eleven columns and every percentage with one decimal', async () => {
    const summary = summarise(
      [...many(200, 'now', 'officer', (i) => ({ frequency: i < 29 ? 'daily' : i < 86 ? 'weekly' : 'monthly' })), ...many(12, 'now', 'member', () => ({ frequency: 'never' }))],
      { survey: 'now' },
    );
    const el = await resultsWith(summary);
    expect(cell(table(el, 'Table 2'), 'Daily', 2)).to.match(/^15% \(29\)/);
    expect(cell(table(el, 'Table 2'), 'Weekly', 2)).to.match(/^29% \(57\)/);
    const rows = await csvRows(el);
    expect(new Set(rows.map((row) => row.length))).to.deep.equal(new Set([11]));
    const daily = rows.find((row) => row[1] === 'Officers' && row[3] === 'Daily')!;
    expect(daily.slice(4, 7)).to.deep.equal(['29', '200', '14.5']);
    const percents = rows.slice(1).flatMap((row) => row.slice(6, 9)).filter((value) => value !== '');
    expect(percents.length).to.be.greaterThan(30);
    for (const value of percents) expect(value).to.match(/^-?\d+\.\d$/);
    // Whole percentages keep their decimal: 100.0, not 100.
    expect(rows.find((row) => row[1] === 'Members' && row[3] === 'Never')![6]).to.equal('100.0');
  });
});

describe('<mor-results> charts: scales and values (SPEC §13)', () => {
  it('ends a diverging scale at ticks past its longest bars', async () => {
    const el = await resultsWith(paper());
    for (const item of [...root(el).querySelectorAll('.item')].slice(1, 3)) {
      const ticks = [...item.querySelectorAll<SVGTextElement>('svg.axis text')].map((t) => parseFloat(t.getAttribute('x')!));
      const segments = [...item.querySelectorAll<SVGRectElement>('svg.bar rect.segment:not(.aside)')];
      const starts = segments.map((r) => parseFloat(r.getAttribute('x')!));
      const ends = segments.map((r) => parseFloat(r.getAttribute('x')!) + parseFloat(r.getAttribute('width')!));
      expect(Math.min(...starts)).to.be.at.least(Math.min(...ticks) - 1e-6);
      expect(Math.max(...ends)).to.be.at.most(Math.max(...ticks) + 1e-6);
    }
  });

  it('gives every segment its value, inside when it is wide enough and below the bar when not, "Don’t know" too', async () => {
    const el = await resultsWith(paper());
    for (const bar of root(el).querySelectorAll('svg.bar')) {
      const segments = bar.querySelectorAll('rect.segment');
      if (!segments.length) continue;
      const inside = bar.querySelectorAll('text.segment-label').length;
      const below = bar.querySelectorAll('text.lane-label').length;
      expect(inside + below).to.equal(segments.length);
    }
    const change = root(el).querySelectorAll('.item')[2]!;
    const aside = change.querySelector('svg.bar rect.aside')!;
    expect(aside).to.not.equal(null);
    const labels = [...change.querySelector('svg.bar')!.querySelectorAll('text')].map((t) => t.textContent);
    const dontKnow = (paper().rounds['2026-spring']!.groups.all as any).questions.change.options['dont-know'].share;
    expect(labels).to.include(percent(dontKnow));
  });
});

describe('<mor-results> at 320 px and on paper (SPEC §7, §13)', () => {
  it('wraps each table in a region that says, on a narrow screen, that it scrolls', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="narrow"><mor-results></mor-results></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('mor-results')! as MorResults;
    el.summary = paper();
    await el.updateComplete;
    const regions = [...root(el).querySelectorAll('.table-wrap')];
    expect(regions.filter((region) => region.scrollWidth > region.clientWidth).length).to.be.greaterThan(5);
    for (const region of regions) {
      const said = root(el).getElementById(region.getAttribute('aria-describedby')!)!;
      expect(text(said)).to.equal('Wide tables scroll sideways.');
      expect(getComputedStyle(said).display, text(region.querySelector('caption')!)).to.not.equal('none');
    }
    wrapper.style.width = '1000px';
    await new Promise((r) => requestAnimationFrame(r));
    for (const said of root(el).querySelectorAll('.scrolls')) expect(getComputedStyle(said).display).to.equal('none');
  });

  it('leaves the page size to its page, forces no page break, and keeps each chart with its table', async () => {
    const el = await resultsWith(paper());
    const rules = [...el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])];
    expect(rules.some((rule) => rule instanceof CSSPageRule)).to.equal(false);
    const css = rules.map((rule) => rule.cssText).join('\n');
    expect(css).to.not.match(/break-(before|after):\s*(page|always|left|right)/);
    if (!(await browserCapabilities()).cdp) return;
    // A4 with 20 mm margins: a text column of 170 mm.
    el.style.width = '170mm';
    await emulateMedia({ media: 'print' });
    try {
      for (const region of root(el).querySelectorAll('.table-wrap')) expect(region.scrollWidth, text(region.querySelector('caption')!)).to.be.at.most(region.clientWidth);
      for (const item of root(el).querySelectorAll('.item, .trend-item')) expect(getComputedStyle(item).breakInside).to.equal('avoid');
      expect(getComputedStyle(root(el).querySelector('.item .question-title')!).breakAfter).to.equal('auto');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
