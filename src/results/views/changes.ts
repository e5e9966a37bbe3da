/**
 * The key changes in words (SPEC §13): "Good or very good: 58% (last round 49%), a change of
 * +9 points, 95% interval +1 to +17", group by group, with ▲ or ▼ only where the interval
 * excludes zero. The mark is shape, not colour, and is said in words to a screen reader.
 */
import { html, nothing } from 'lit';
import { GROUPS, type Change, type Summary } from '../../analysis/summary.js';
import { heading, headingLevel } from '../../survey/heading.js';
import { percent, points } from '../format.js';
import type { ResultsTexts } from '../texts.js';
import type { Context } from './context.js';

/** "+9 points" / "+1 point" / "9 pwynt". */
const pointsText = (texts: ResultsTexts, difference: number) => {
  const value = points(difference);
  return texts.t(/^[+−]?1$/.test(value) ? 'points.one' : 'points.other', { value });
};

function sentence(change: Change, texts: ResultsTexts) {
  const text = texts.t('changes.sentence', {
    measure: texts.measure(change.measure),
    to: percent(change.to),
    from: percent(change.from),
    difference: pointsText(texts, change.difference),
    low: points(change.low),
    high: points(change.high),
  });
  if (!change.significant) return html`<li><span class="mark"></span><span>${text} ${texts.t('changes.not-significant')}</span></li>`;
  const up = change.difference > 0;
  return html`<li class="significant"><span class="mark" aria-hidden="true">${up ? '▲' : '▼'}</span><span
      ><span class="visually-hidden">${texts.t(up ? 'changes.up' : 'changes.down')} </span>${text}</span
    ></li>`;
}

export function renderChanges(summary: Summary, { texts, level }: Context) {
  if (!summary.compare) return nothing;
  const changes = summary.changes ?? [];
  return html`<section class="changes" part="changes">
    ${heading(level, texts.t('changes.title', { round: summary.compare }), 'section-title')}
    <p class="hint">${texts.t('changes.intro')}</p>
    ${GROUPS.map((group) => {
      const mine = changes.filter((change) => change.group === group);
      return html`${heading(headingLevel(level + 1), texts.group(group), 'group-title')}
        ${mine.length
          ? html`<ul class="change-list">${mine.map((change) => sentence(change, texts))}</ul>`
          : html`<p class="notice" part="notice">${texts.t('changes.none', { min: summary.minGroup })}</p>`}`;
    })}
  </section>`;
}
