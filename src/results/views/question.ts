/**
 * One closed question (SPEC §13): its text as a heading, who was asked when it is a follow-up,
 * the chart, and beside it the table of counts, percentages and 95% intervals; the chart and
 * its table are one figure, kept together on paper.
 */
import { html, nothing } from 'lit';
import { CLOSED_ITEMS, type ClosedItem } from '../../analysis/items.js';
import { GOOD } from '../../analysis/measures.js';
import type { Answers, Figure, Group, Summary } from '../../analysis/summary.js';
import { heading } from '../../internal/heading.js';
import { count, mean, percent, range } from '../format.js';
import type { ResultsTexts } from '../texts.js';
import { renderChart } from './chart.js';
import { columnsOf, renderGroupTable, type Row } from './group-table.js';
import type { Context } from './context.js';

/**
 * A figure in a cell: the percentage, the count (unless `counted` is false: the trend's), and the
 * interval on its own line, named for a screen reader ("58% 95% interval 51–65%").
 */
export const figureCell = (figure: Figure, texts: ResultsTexts, counted = true) =>
  html`<span class="share">${percent(figure.share)}</span> ${counted ? html`<span class="n">(${count(figure.count)})</span>` : nothing}
    <span class="interval"><span class="visually-hidden">${texts.t('table.interval')} </span>${range(figure.low, figure.high)}</span>`;

function rowsOf(item: ClosedItem, texts: ResultsTexts): Row<Answers>[] {
  const rows: Row<Answers>[] = item.options.map((code) => ({
    label: texts.option(item, code),
    cell: (answers) => figureCell(answers.options[code]!, texts),
  }));
  if (item.key === GOOD.item) {
    rows.push(
      { label: texts.measure(GOOD.key), cell: (answers) => (answers.good ? figureCell(answers.good, texts) : '') },
      { label: texts.t('table.mean'), cell: (answers) => (answers.mean === undefined ? '' : mean(answers.mean)) },
    );
  }
  rows.push({ label: texts.t('table.answered'), cell: (answers) => count(answers.answered) });
  return rows;
}

/** Who a follow-up was asked of, in the survey's own words. */
function askedOf(item: ClosedItem, texts: ResultsTexts) {
  const parent = item.askedAfter && CLOSED_ITEMS.find((other) => other.key === item.askedAfter!.parent);
  if (!parent) return nothing;
  const text = texts.t('follow-up', { option: texts.option(parent, item.askedAfter!.option), question: texts.question(parent) });
  return html`<p class="hint">${text}</p>`;
}

export function renderQuestion(item: ClosedItem, summary: Summary, context: Context, tableNumber: number) {
  const { texts, rounds, name: roundName, level, notice } = context;
  const name = texts.item(item.key);
  const columns = columnsOf<Answers>(
    rounds,
    (group, round) => {
      const shown = summary.rounds[round]!.groups[group];
      return 'questions' in shown ? ((shown as Group).questions[item.key as keyof Group['questions']] as Answers) : shown;
    },
    notice,
  );
  return html`<section class="item" part="question">
    ${heading(level, texts.question(item), 'question-title')}
    ${askedOf(item, texts)}
    <div class="figure">
    ${renderChart(item, columns.map((column) => ({ group: column.group, round: roundName(column.round), answers: column.entry, notice: column.notice })), texts, name)}
    ${renderGroupTable({
      id: `table-${tableNumber}`,
      caption: texts.t('table.caption', { n: tableNumber, name }),
      corner: texts.t('table.answer'),
      rounds,
      name: roundName,
      columns,
      rows: rowsOf(item, texts),
      texts,
    })}
    </div>
  </section>`;
}
