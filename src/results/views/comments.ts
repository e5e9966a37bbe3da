/** How many comments were written in each free-text box, per group and round: never the text. */
import { html } from 'lit';
import { COMMENT_FIELDS } from '../../analysis/items.js';
import { isSuppressed, type Group, type Summary } from '../../analysis/summary.js';
import { heading } from '../../internal/heading.js';
import { count } from '../format.js';
import type { Context } from './context.js';
import { columnsOf, renderGroupTable } from './group-table.js';

type Comments = Group['questions']['comments'];

export function renderComments(summary: Summary, context: Context, tableNumber: number) {
  const { texts, rounds, name, level, notice } = context;
  const columns = columnsOf<Comments>(rounds, (group, round) => {
    const shown = summary.rounds[round]!.groups[group];
    return isSuppressed(shown) ? shown : shown.questions.comments;
  }, notice);
  return html`<section class="comments" part="comments">
    ${heading(level, texts.t('comments.title'), 'section-title')}
    <p class="hint">${texts.t('comments.intro')}</p>
    ${renderGroupTable({
      id: `table-${tableNumber}`,
      caption: texts.t('comments.caption', { n: tableNumber }),
      corner: texts.t('comments.field'),
      rounds,
      name,
      columns,
      rows: COMMENT_FIELDS.map((field) => ({
        label: texts.comment(field.key),
        cell: (comments: Comments) => {
          const value = comments[field.key as keyof Comments];
          return isSuppressed(value) ? html`<span class="notice">${texts.t('suppressed.item')}</span>` : count(value);
        },
      })),
      texts,
    })}
  </section>`;
}
