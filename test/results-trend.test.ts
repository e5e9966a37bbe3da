// <mor-results> over time (SPEC §13 "Over time"; STYLE.md, the ONS/GSS guidance): for each of the
// five measures, the main finding in words, points with their 95% intervals round by round,
// one marker shape per group, a scale from the data, and beside it a table of the same figures.
import { expect } from '@open-wc/testing';
import type { Point } from '../src/analysis/summary.js';
import { percent, range } from '../src/results/format.js';
import { paper, resultsWith, root, text } from './helpers/results.js';

const SHAPES = { all: 'circle', member: 'rect', officer: 'polygon' } as const;

describe('<mor-results> draws the trend (SPEC §13)', () => {
  it('has a chart and a table for each measure, with a point and interval for each figure shown, and none for each hidden', async () => {
    const summary = paper();
    const el = await resultsWith(summary);
    const items = [...root(el).querySelectorAll('.trend-item')];
    expect(items.map((item) => text(item.querySelector('.group-title')!))).to.deep.equal([
      'Good or very good',
      'Improved',
      'Become worse',
      'Experienced issues',
      'Know how to report an issue',
    ]);
    const measures = [...new Set(summary.trend!.map((entry) => entry.measure))];
    measures.forEach((measure, m) => {
      const chart = items[m]!.querySelector('.trend-chart')!;
      expect(chart.getAttribute('role')).to.equal('img');
      for (const entry of summary.trend!.filter((e) => e.measure === measure)) {
        const shown = entry.points.filter((p): p is Point => !('suppressed' in p));
        const markers = [...chart.querySelectorAll(`svg.marker.${entry.group}`)];
        expect(markers, `${measure} ${entry.group}`).to.have.length(shown.length);
        expect(chart.querySelectorAll(`line.interval-bar.${entry.group}`)).to.have.length(shown.length);
        for (const marker of markers) expect(marker.firstElementChild!.localName).to.equal(SHAPES[entry.group]);
      }
      // The table beside it: a row per round, named; a cell per group.
      const table = items[m]!.querySelector('table')!;
      expect([...table.tBodies[0]!.rows].map((row) => text(row.cells[0]!))).to.deep.equal(['Autumn 2025', 'Spring 2026']);
    });
    // Members and Officers were hidden last round: no point, and the cell says so.
    const good = items[0]!;
    const autumn = good.querySelector('tbody tr') as HTMLTableRowElement;
    expect([...autumn.cells].slice(2).map(text)).to.deep.equal(['Not shown to protect anonymity', 'Not shown to protect anonymity']);
    // Experienced issues was not asked: no point at all, every cell hidden.
    expect(items[3]!.querySelectorAll('svg.marker')).to.have.length(0);
  });

  it('names each interval in the table for a screen reader, as the questions\' tables do', async () => {
    const summary = paper();
    const el = await resultsWith(summary);
    const good = root(el).querySelector('.trend-item')!;
    const point = summary.trend!.find((entry) => entry.measure === 'health.good' && entry.group === 'all')!.points[1] as Point;
    const cell = (good.querySelectorAll('tbody tr')[1] as HTMLTableRowElement).cells[1]!;
    // Not "58%51–65%": the share, then "95% interval" and the interval, the label hidden from sight only.
    expect(text(cell.querySelector('.interval .visually-hidden')!)).to.equal('95% interval');
    expect(text(cell)).to.equal(`${percent(point.share)} 95% interval ${range(point.low, point.high)}`);
  });

  it('says the main finding in words, from the first round shown to the last', async () => {
    const summary = paper();
    const el = await resultsWith(summary);
    const points = summary.trend!.find((e) => e.measure === 'health.good' && e.group === 'all')!.points as Point[];
    expect(text(root(el).querySelector('.trend-item p')!)).to.equal(`All respondents: ${percent(points[0]!.share)} in Autumn 2025, ${percent(points[1]!.share)} in Spring 2026.`);
  });

  it('draws the scale from the data: it covers every interval and does not start at 0 when the data do not', async () => {
    const summary = paper();
    const el = await resultsWith(summary);
    const chart = root(el).querySelector('.trend-chart')!;
    const ticks = [...chart.querySelectorAll('text.tick')].map((t) => parseFloat(t.textContent!));
    const shown = summary.trend!.filter((e) => e.measure === 'health.good').flatMap((e) => e.points.filter((p): p is Point => !('suppressed' in p)));
    expect(Math.min(...ticks)).to.be.at.most(Math.min(...shown.map((p) => p.low * 100)));
    expect(Math.max(...ticks)).to.be.at.least(Math.max(...shown.map((p) => p.high * 100)));
    expect(Math.min(...ticks)).to.be.greaterThan(0);
    // Every point lies within the plot, between its interval's ends.
    for (const line of chart.querySelectorAll('line.interval-bar')) {
      const [low, high] = [parseFloat(line.getAttribute('y2')!), parseFloat(line.getAttribute('y1')!)];
      const marker = line.nextElementSibling!;
      const y = parseFloat(marker.getAttribute('y')!);
      expect(y).to.be.within(low, high);
      expect(marker.getAttribute('x')).to.equal(line.getAttribute('x1'));
    }
    // Rounds run left to right, oldest first.
    const all = [...chart.querySelectorAll('svg.marker.all')].map((m) => parseFloat(m.getAttribute('x')!));
    expect(all).to.deep.equal([...all].sort((a, b) => a - b));
  });

  it('speaks Welsh', async () => {
    const el = await resultsWith(paper(), { lang: 'cy' });
    expect(text(root(el).querySelector('.trend .section-title')!)).to.equal('Dros amser');
    expect(text(root(el).querySelector('.trend-item p')!)).to.match(/^Pob ymatebydd: \d+% yn Hydref 2025, \d+% yn Gwanwyn 2026\.$/);
    expect(text(root(el).querySelector('.trend-item tbody tr')!)).to.contain('Heb ei ddangos er mwyn diogelu anhysbysrwydd');
  });

  it('is left out when the summary has no trend', async () => {
    const el = await resultsWith(paper({ trend: false }));
    expect(root(el).querySelector('.trend')).to.equal(null);
    expect(root(el).querySelector('caption')!.textContent).to.equal('Table 1: Responses in each round');
    expect(root(el).querySelectorAll('caption')[1]!.textContent).to.match(/^Table 2: How often/);
  });
});
