/**
 * Over time (SPEC §13): for each of the five measures, whether it has moved since the survey
 * began. In words first (all respondents, first round shown to the last), then a chart of points
 * with their 95% intervals, round by round, one marker shape per group (colour is never the only
 * cue), on a scale that runs from just below the lowest interval to just above the highest (the
 * axis from the data, as the ONS/GSS guidance asks), and beside it a table of the same figures.
 * Geometry in SVG attributes (x as percentages), colours in classes: strict CSP holds.
 */
import { html, nothing, svg } from 'lit';
import { GROUPS, isSuppressed, type GroupKey, type Point, type Summary } from '../../analysis/summary.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { percent } from '../format.js';
import { pct } from '../layout.js';
import type { Context } from './context.js';
import { tableWrap } from './group-table.js';
import { figureCell } from './question.js';

const HEIGHT = 130;
const PAD = 14;

/** Each group's marker, centred on (0, 0): a circle, a square, a triangle. */
const MARKERS: Record<GroupKey, ReturnType<typeof svg>> = {
  all: svg`<circle r="5"></circle>`,
  member: svg`<rect x="-4.5" y="-4.5" width="9" height="9"></rect>`,
  officer: svg`<polygon points="0,-6 6,5 -6,5"></polygon>`,
};
const marker = (group: GroupKey, x: string, y: number) => svg`<svg class="marker ${group}" x=${x} y=${y} overflow="visible">${MARKERS[group]}</svg>`;

/** The scale: just past the lowest and highest interval, to a tenth; at least 20 points tall. */
function scaleOf(points: Point[]) {
  const floor = Math.floor(Math.min(...points.map((p) => p.low)) * 10) / 10;
  const high = Math.min(1, Math.max(Math.ceil(Math.max(...points.map((p) => p.high)) * 10) / 10, floor + 0.2));
  const low = Math.min(floor, high - 0.2);
  const step = high - low > 0.5 ? 0.2 : 0.1;
  const y = (share: number) => PAD + ((high - share) / (high - low)) * (HEIGHT - 2 * PAD);
  const ticks: number[] = [];
  for (let tick = low; tick <= high + 1e-9; tick += step) ticks.push(tick);
  return { y, ticks };
}

/** The trend's measures, in the summary's order: one chart and one table each. */
export const trendMeasures = (summary: Summary) => [...new Set(summary.trend?.map((entry) => entry.measure))];

export function renderTrend(summary: Summary, { texts, name, level }: Context, firstTable: number) {
  const rounds = summary.trendRounds?.map((round) => round.survey) ?? [];
  if (!summary.trend || rounds.length === 0) return nothing;
  const sub = headingLevel(level + 1);
  // The data sit right of the scale's labels, which take the first tenth of the width.
  const slot = (i: number) => 0.1 + (0.9 * (i + 0.5)) / rounds.length;
  const offset = 0.2 / rounds.length;
  return html`<section class="trend" part="trend">
    <div class="lead">
      ${heading(level, texts.t('trend.title'), 'section-title')}
      <p class="hint">${texts.t('trend.intro')}</p>
      <ul class="key" part="key">
        ${GROUPS.map((group) => html`<li><svg class="swatch" width="14" height="14">${marker(group, '7', 7)}</svg>${texts.group(group)}</li>`)}
      </ul>
    </div>
    <div class="trend-items ${rounds.length > 6 ? 'many' : ''}">
    ${trendMeasures(summary).map((measure, m) => {
      const entries = summary.trend!.filter((entry) => entry.measure === measure);
      const shown = entries.flatMap((entry) => entry.points.filter((p): p is Point => !isSuppressed(p)));
      const all = entries.find((entry) => entry.group === 'all')?.points.filter((p): p is Point => !isSuppressed(p)) ?? [];
      const { y, ticks } = scaleOf(shown.length ? shown : [{ low: 0, high: 1 } as Point]);
      const id = `table-${firstTable + m}`;
      const title = texts.measure(measure);
      return html`<div class="trend-item">
        ${heading(sub, title, 'group-title')}
        ${all.length > 1
          ? html`<p>${texts.t('trend.words', { from: percent(all[0]!.share), first: name(all[0]!.survey), to: percent(all.at(-1)!.share), last: name(all.at(-1)!.survey) })}</p>`
          : nothing}
        <div class="figure">
        <div class="chart trend-chart" part="chart" role="img" aria-label=${texts.t('chart.label', { name: title })}>
          <svg class="bar" width="100%" height=${HEIGHT}>
            ${ticks.map((tick) => svg`<line class="grid" x1="0" x2="100%" y1=${y(tick)} y2=${y(tick)}></line><text class="tick" y=${y(tick) - 3}>${Math.round(tick * 100)}%</text>`)}
            ${entries.map((entry, g) =>
              entry.points.map((point, i) => {
                if (isSuppressed(point)) return nothing;
                const x = pct(slot(i) + (g - 1) * offset);
                return svg`<line class="interval-bar ${entry.group}" x1=${x} x2=${x} y1=${y(point.low)} y2=${y(point.high)}></line>${marker(entry.group, x, y(point.share))}`;
              }),
            )}
          </svg>
          <div class="rounds">${rounds.map((round) => html`<span>${name(round)}</span>`)}</div>
        </div>
        ${tableWrap(
          id,
          texts,
          html`<table part="table">
            <caption id=${id}>${texts.t('trend.caption', { n: firstTable + m, name: title })}</caption>
            <thead>
              <tr>
                <th scope="col">${texts.t('rounds.round')}</th>
                ${entries.map((entry) => html`<th scope="col">${texts.group(entry.group)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${rounds.map(
                (round, i) => html`<tr>
                  <th scope="row">${name(round)}</th>
                  ${entries.map((entry) => {
                    const point = entry.points[i]!;
                    return isSuppressed(point)
                      ? html`<td class="notice" part="notice">${texts.t('suppressed.item')}</td>`
                      : html`<td>${figureCell(point, texts, false)}</td>`;
                  })}
                </tr>`,
              )}
            </tbody>
          </table>`,
        )}
        </div>
      </div>`;
    })}
    </div>
  </section>`;
}
