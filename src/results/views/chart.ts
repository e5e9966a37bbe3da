/**
 * A question's chart, drawn with Lit as SVG (SPEC §13): a key above, then one bar per group and
 * round — Members beside Officers, this round beside the last — and a scale below. Geometry
 * is in percentage attributes and colours are classes, so nothing needs a `style` attribute
 * (strict CSP). Colour is never the only cue: the key reads left to right as the bars do,
 * segments are labelled with their percentage where they are wide enough, and the same
 * figures are in the table that follows. The chart is one image to assistive technology.
 */
import { html, nothing, svg } from 'lit';
import type { ClosedItem } from '../../analysis/items.js';
import type { Answers, GroupKey } from '../../analysis/summary.js';
import { percent } from '../format.js';
import { DIVERGING } from '../charts.js';
import { diverging, keyOrder, stacked, type Layout, type Segment } from '../layout.js';
import type { ResultsTexts } from '../texts.js';

/** One bar: a group in a round, with its answers or the notice that they are not shown. */
export interface Bar {
  group: GroupKey;
  round: string;
  answers?: Answers;
  notice?: string;
}

/** Labels go inside segments at least this wide (a fraction of the bar). */
const LABEL_MIN = 0.1;
const BAR_HEIGHT = 28;
const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

function layoutOf(item: ClosedItem, bars: Bar[]): { layout: Layout; order: string[] } {
  const shares = bars.filter((bar) => bar.answers).map((bar) => {
    const options = bar.answers!.options;
    return Object.fromEntries(item.options.map((code) => [code, Math.min(1, Math.max(0, options[code]?.share ?? 0))]));
  });
  const kind = DIVERGING[item.key as keyof typeof DIVERGING];
  return kind ? { layout: diverging(kind, shares), order: keyOrder(kind) } : { layout: stacked(item.options, shares), order: [...item.options] };
}

function segmentOf(segment: Segment, label: string, answers: Answers) {
  const width = segment.end - segment.start;
  if (width <= 0) return nothing;
  const share = answers.options[segment.code]?.share ?? 0;
  return svg`<rect class="segment ${segment.tone}" part="segment" x=${pct(segment.start)} y="0" width=${pct(width)} height=${BAR_HEIGHT}><title>${label}: ${percent(share)}</title></rect>${
    width >= LABEL_MIN
      ? svg`<text class="segment-label on-${segment.tone}" x=${pct(segment.start + width / 2)} y=${BAR_HEIGHT / 2} text-anchor="middle" dominant-baseline="central">${percent(share)}</text>`
      : nothing
  }`;
}

function barOf(segments: Segment[], layout: Layout, item: ClosedItem, texts: ResultsTexts, answers: Answers) {
  // The zero line is drawn first and reaches past the bar: it shows between bars, as one
  // dashed line down the chart, without crossing the label of the answer centred on it.
  const zero = layout.zero === undefined ? nothing : svg`<line class="zero" x1=${pct(layout.zero)} x2=${pct(layout.zero)} y1="-4" y2=${BAR_HEIGHT + 4}></line>`;
  return html`<svg class="bar" part="bar" width="100%" height=${BAR_HEIGHT} focusable="false">${zero}${segments.map((segment) =>
    segmentOf(segment, texts.option(item, segment.code), answers),
  )}</svg>`;
}

function axisOf(layout: Layout) {
  const last = layout.ticks.length - 1;
  return html`<svg class="axis" width="100%" height="20" focusable="false">${layout.ticks.map(
    (tick, i) =>
      svg`<text class="tick" x=${pct(tick.at)} y="14" text-anchor=${i === 0 && tick.at < 0.02 ? 'start' : i === last && tick.at > 0.98 ? 'end' : 'middle'}>${Math.round(Math.abs(tick.value) * 100)}%</text>`,
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
          (code) => html`<li><svg class="swatch" width="14" height="14" focusable="false"><rect class="segment ${tone.get(code)}" width="14" height="14"></rect></svg>${texts.option(item, code)}</li>`,
        )}</ul>`
      : nothing}
    <div class="rows">
      ${bars.map((bar) => {
        const heading = bar.group === previous ? nothing : html`<p class="row-group">${texts.group(bar.group)}</p>`;
        previous = bar.group;
        const body = bar.answers ? barOf(layout.bars[drawn++]!, layout, item, texts, bar.answers) : html`<p class="notice" part="notice">${bar.notice}</p>`;
        return html`${heading}<div class="row"><span class="row-label">${bar.round}</span>${body}</div>`;
      })}
      ${layout.bars.length ? html`<div class="row"><span class="row-label"></span>${axisOf(layout)}</div>` : nothing}
    </div>
  </div>`;
}
