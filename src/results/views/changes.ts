/**
 * The key changes in words (SPEC §13): "Good or very good: 58% (49% in Autumn 2025), a change
 * of +9 points, 95% interval +1 to +17", group by group, with ▲ or ▼ only where the interval
 * excludes zero. The round compared with is named, as the paper names rounds: it need not be
 * the last one. The mark is shape, not colour, and is said in words to a screen reader.
 * Whatever is not compared says truly why: the group is not shown in a round (too few in all,
 * or too few Members or Officers, so both are hidden). A measure not shown in one of the rounds
 * is left out of the list, as the notes on the figures say.
 */
import { html } from 'lit';
import { GROUPS, isSuppressed, type Change, type GroupKey, type Summary } from '../../analysis/summary.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { percent, points } from '../format.js';
import type { ResultsTexts } from '../texts.js';
import type { Context } from './context.js';

/** "+9 points" / "+1 point" / "9 pwynt". */
const pointsText = (texts: ResultsTexts, difference: number) => {
  const value = points(difference);
  return texts.t(/^[+−]?1$/.test(value) ? 'points.one' : 'points.other', { value });
};

function sentence(change: Change, texts: ResultsTexts, round: string) {
  const text = texts.t('changes.sentence', {
    measure: texts.measure(change.measure),
    to: percent(change.to),
    from: percent(change.from),
    round,
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

/** Why a group is not compared at all, or undefined when it is shown in both rounds. */
function groupReason(summary: Summary, group: GroupKey, { texts, rounds, name }: Context) {
  const hidden = rounds.find((round) => isSuppressed(summary.rounds[round]!.groups[group]));
  if (hidden === undefined) return undefined;
  // Members and Officers are hidden together when either is too few, whatever the other's number.
  const why = isSuppressed(summary.rounds[hidden]!.groups.all) ? 'changes.none' : 'changes.none-pair';
  return texts.t(why, { min: summary.minGroup, round: name(hidden) });
}

export function renderChanges(summary: Summary, context: Context) {
  const { texts, level, name } = context;
  if (!summary.compare) return html``;
  const changes = summary.changes ?? [];
  const compared = name(summary.compare);
  return html`<section class="changes" part="changes">
    ${heading(level, texts.t('changes.title', { round: compared }), 'section-title')}
    <p class="hint">${texts.t('changes.intro')}</p>
    ${GROUPS.map((group) => {
      const reason = groupReason(summary, group, context);
      const mine = changes.filter((change) => change.group === group);
      return html`${heading(headingLevel(level + 1), texts.group(group), 'group-title')}
        ${reason
          ? html`<p class="notice" part="notice">${reason}</p>`
          : html`<ul class="change-list">
              ${mine.map((change) => sentence(change, texts, compared))}
            </ul>`}`;
    })}
  </section>`;
}
