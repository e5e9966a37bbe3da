/**
 * A table with one column per group and round (Members beside Officers, this round beside the
 * last) and one row per figure: the answers to a question, or the comments written. A group
 * that is not shown gets one cell down the whole column with the anonymity notice. Every table
 * sits in a focusable region named by its caption, which scrolls when the table is wider than
 * the screen (320 px reflow), and says so: in words shown on narrow screens, and in the
 * region's description.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { GROUPS, isSuppressed, type GroupKey } from '../../analysis/summary.js';
import type { ResultsTexts } from '../texts.js';

/** The column of one group in one round: its entry for this table, or why it is not shown. */
export interface Column<E> {
  group: GroupKey;
  round: string;
  entry?: E;
  notice?: string;
}

export interface Row<E> {
  label: string;
  cell: (entry: E, group: GroupKey) => TemplateResult | string;
}

/** The columns for one entry per group and round; `pick` gives the entry or a suppressed one. */
export function columnsOf<E extends object>(
  rounds: string[],
  pick: (group: GroupKey, round: string) => E | { suppressed: true },
  notice: (group: GroupKey, round: string) => string,
): Column<E>[] {
  return GROUPS.flatMap((group) =>
    rounds.map((round) => {
      const entry = pick(group, round);
      return isSuppressed(entry) ? { group, round, notice: notice(group, round) } : { group, round, entry: entry as E };
    }),
  );
}

/** The scrolling region around a table captioned `id`, described by words saying that wide tables scroll. */
export const tableWrap = (id: string, texts: ResultsTexts, table: TemplateResult) =>
  html`<div class="table-wrap" part="table-wrap" role="region" tabindex="0" aria-labelledby=${id} aria-describedby=${`${id}-scrolls`}>
    <p class="scrolls" id=${`${id}-scrolls`}>${texts.t('table.scrolls')}</p>${table}
  </div>`;

export function renderGroupTable<E>(options: {
  /** Unique in the element: names the table's region by its caption. */
  id: string;
  caption: string;
  corner: string;
  rounds: string[];
  name: (round: string) => string;
  columns: Column<E>[];
  rows: Row<E>[];
  texts: ResultsTexts;
}) {
  const { id, caption, corner, rounds, name, columns, rows, texts } = options;
  return tableWrap(
    id,
    texts,
    html`<table part="table">
      <caption id=${id}>${caption}</caption>
      <colgroup span="1"></colgroup>
      ${GROUPS.map(() => html`<colgroup span=${rounds.length}></colgroup>`)}
      <thead>
        <tr>
          <th scope="col" rowspan="2">${corner}</th>
          ${GROUPS.map((group) => html`<th scope="colgroup" colspan=${rounds.length}>${texts.group(group)}</th>`)}
        </tr>
        <tr>${columns.map((column) => html`<th scope="col" class="round">${name(column.round)}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          (row, r) => html`<tr>
            <th scope="row">${row.label}</th>
            ${columns.map((column) =>
              column.entry !== undefined
                ? html`<td>${row.cell(column.entry, column.group)}</td>`
                : r === 0
                  ? html`<td class="notice" part="notice" rowspan=${rows.length}>${column.notice}</td>`
                  : nothing,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
