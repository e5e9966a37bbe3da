/**
 * A question's chart, drawn with Lit as SVG (SPEC §13): a key above, then one bar per group and
 * round — Members beside Officers, this round beside the last — and a scale below whose ticks
 * reach past the longest bar. Geometry is in percentage attributes and colours are classes, so
 * nothing needs a `style` attribute (strict CSP). Colour is never the only cue: the key reads
 * left to right as the bars do, every segment carries its percentage (inside when it is wide
 * enough, else just below it, in the same order), and the same figures are in the table that
 * follows. The chart is one image to assistive technology.
 */
import { html, nothing, svg } from 'lit';
import type { ClosedItem } from '../../analysis/items.js';
import type { Answers, GroupKey } from '../../analysis/summary.js';
import { percent } from '../format.js';
import { DIVERGING } from '../charts.js';
import { diverging, keyOrder, pct, stacked, type Layout, type Segment } from '../layout.js';
import type { ResultsTexts } from '../texts.js';

/** One bar: a group in a round (by name), with its answers or the notice that they are not shown. */
export interface Bar {
  group: GroupKey;
  round: string;
  answers?: Answers;
  notice?: string;
}

/** Labels go inside segments at least this wide (a fraction of the bar); narrower ones below it. */
const LABEL_MIN = 0.1;
/** The least distance between two labels below a bar, so they do not run into each other. */
const LABEL_GAP = 0.085;
const BAR_HEIGHT = 28;
/** The height of the strip below a bar for the labels of narrow segments. */
const LANE = 18;

function layoutOf(item: ClosedItem, bars: Bar[]): { layout: Layout; order: string[] } {
  const shares = bars.filter((bar) => bar.answers).map((bar) => {
    const options = bar.answers!.options;
    return Object.fromEntries(item.options.map((code) => [code, Math.min(1, Math.max(0, options[code]?.share ?? 0))]));
  });
  const kind = DIVERGING[item.key as keyof typeof DIVERGING];
  return kind ? { layout: diverging(kind, shares), order: keyOrder(kind) } : { layout: stacked(item.options, shares), order: [...item.options] };
}

/**
 * Where the labels of narrow segments go below the bar: under each segment's middle, pushed
 * apart left to right to keep LABEL_GAP between them, and back inside the bar's width.
 */
function laneOf(narrow: Segment[]): number[] {
  const at = narrow.map((segment) => (segment.start + segment.end) / 2);
  const edge = LABEL_GAP / 2;
  for (let i = 0; i < at.length; i++) at[i] = Math.max(at[i]!, i ? at[i - 1]! + LABEL_GAP : edge);
  for (let i = at.length - 1; i >= 0; i--) at[i] = Math.min(at[i]!, i < at.length - 1 ? at[i + 1]! - LABEL_GAP : 1 - edge);
  return at;
}

function barOf(segments: Segment[], layout: Layout, answers: Answers) {
  const shown = segments.filter((segment) => segment.end > segment.start);
  const label = (segment: Segment) => percent(answers.options[segment.code]?.share ?? 0);
  const narrow = shown.filter((segment) => segment.end - segment.start < LABEL_MIN);
  const lane = laneOf(narrow);
  const height = BAR_HEIGHT + (narrow.length ? LANE : 0);
  // The zero line is drawn first and reaches past the bar: it shows between bars, as one
  // dashed line down the chart, without crossing the label of the answer centred on it.
  const zero = layout.zero === undefined ? nothing : svg`<line class="zero" x1=${pct(layout.zero)} x2=${pct(layout.zero)} y1="-4" y2=${BAR_HEIGHT + 4}></line>`;
  return html`<svg class="bar" part="bar" width="100%" height=${height}>${zero}${shown.map(
    (segment) =>
      svg`<rect class="segment ${segment.tone}" part="segment" x=${pct(segment.start)} y="0" width=${pct(segment.end - segment.start)} height=${BAR_HEIGHT}></rect>${
        segment.end - segment.start >= LABEL_MIN
          ? svg`<text class="segment-label on-${segment.tone}" x=${pct((segment.start + segment.end) / 2)} y=${BAR_HEIGHT / 2} text-anchor="middle" dominant-baseline="central">${label(segment)}</text>`
          : nothing
      }`,
  )}${narrow.map((segment, i) => svg`<text class="lane-label" x=${pct(lane[i]!)} y=${BAR_HEIGHT + 13} text-anchor="middle">${label(segment)}</text>`)}</svg>`;
}

function axisOf(layout: Layout) {
  const last = layout.ticks.length - 1;
  return html`<svg class="axis" width="100%" height="20">${layout.ticks.map(
    (tick, i) =>
      svg`<text class="tick ${tick.major ? '' : 'minor'}" x=${pct(tick.at)} y="14" text-anchor=${i === 0 && tick.at < 0.02 ? 'start' : i === last && tick.at > 0.98 ? 'end' : 'middle'}>${Math.round(Math.abs(tick.value) * 100)}%</text>`,
  )}</svg>`;
}

export function renderChart(item: ClosedItem, bars: Bar[], texts: ResultsTexts, name: string) {
  const { layout, order } = layoutOf(item, bars);
  const tone = new Map((layout.bars[0] ?? []).map((segment) => [segment.code, segment.tone]));
  let drawn = 0;
  let previous: GroupKey | undefined;
  return html`<div class="chart" part="chart" role="img" aria-label=${texts.t('chart.label', { name })}>
    ${layout.bars.length
      ? html`<ul class="key" part="key">${order.map(
          (code) => html`<li><svg class="swatch" width="14" height="14"><rect class="segment ${tone.get(code)}" width="14" height="14"></rect></svg>${texts.option(item, code)}</li>`,
        )}</ul>`
      : nothing}
    <div class="rows">
      ${bars.map((bar) => {
        const heading = bar.group === previous ? nothing : html`<p class="row-group">${texts.group(bar.group)}</p>`;
        previous = bar.group;
        const body = bar.answers ? barOf(layout.bars[drawn++]!, layout, bar.answers) : html`<p class="notice" part="notice">${bar.notice}</p>`;
        return html`${heading}<div class="row"><span class="row-label">${bar.round}</span>${body}</div>`;
      })}
      ${layout.bars.length ? html`<div class="row"><span class="row-label"></span>${axisOf(layout)}</div>` : nothing}
    </div>
  </div>`;
}
