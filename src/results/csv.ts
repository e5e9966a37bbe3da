/**
 * The summary as a CSV file for Excel (SPEC §13 "Download this summary (CSV)"): UTF-8 with a
 * byte order mark (so Excel reads Welsh letters), CRLF line ends, one row per figure, labels in
 * the element's language. Text cells that begin like a formula (= + - @, tab, CR) are prefixed
 * with ' so a spreadsheet shows them rather than running them; numbers are written as numbers.
 * Suppressed figures are rows with the anonymity notice and no numbers. Pure.
 */
import { CLOSED_ITEMS, COMMENT_FIELDS } from '../analysis/items.js';
import { GOOD } from '../analysis/measures.js';
import { GROUPS, isSuppressed, type Answers, type Figure, type GroupKey, type Summary } from '../analysis/summary.js';
import type { ResultsTexts } from './texts.js';

type Cell = string | number | undefined;

/** A cell as CSV: numbers as they are, text made formula-safe and quoted when it must be. */
function cell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Percentages with one decimal, as numbers (58.1), so a spreadsheet can sum and chart them. */
const pct = (share: number) => Math.round(share * 1000) / 10;

export function summaryCsv(summary: Summary, texts: ResultsTexts, notice: (group: GroupKey) => string): string {
  const rows: Cell[][] = [
    ['round', 'group', 'question', 'answer', 'count', 'base', 'percent', 'low', 'high', 'mean', 'note'].map((key) => texts.t(`csv.${key}` as never)),
  ];
  const figure = (head: Cell[], answer: string, f: Figure, base: number) => rows.push([...head, answer, f.count, base, pct(f.share), pct(f.low), pct(f.high)]);
  const rounds = [summary.survey, ...(summary.compare ? [summary.compare] : [])];
  for (const round of rounds) {
    for (const group of GROUPS) {
      const where = [round, texts.group(group)];
      const shown = summary.rounds[round]!.groups[group];
      if (isSuppressed(shown)) {
        rows.push([...where, texts.t('csv.responses'), '', '', '', '', '', '', '', notice(group)]);
        continue;
      }
      rows.push([...where, texts.t('csv.responses'), '', shown.responses]);
      if (shown.rate !== undefined) rows.push([...where, texts.t('csv.rate'), '', '', '', pct(shown.rate)]);
      for (const item of CLOSED_ITEMS) {
        const head = [...where, texts.question(item)];
        const entry = shown.questions[item.key as keyof typeof shown.questions] as Answers | { suppressed: true };
        if (isSuppressed(entry)) {
          rows.push([...head, '', '', '', '', '', '', '', notice(group)]);
          continue;
        }
        for (const code of item.options) figure(head, texts.option(item, code), entry.options[code]!, entry.answered);
        if (entry.good) figure(head, texts.measure(GOOD.key), entry.good, entry.answered);
        if (entry.mean !== undefined) rows.push([...head, texts.t('table.mean'), '', entry.answered, '', '', '', Math.round(entry.mean * 100) / 100]);
      }
      for (const field of COMMENT_FIELDS) {
        const value = shown.questions.comments[field.key as keyof typeof shown.questions.comments];
        const head = [...where, texts.t('csv.comments'), texts.comment(field.key)];
        rows.push(isSuppressed(value) ? [...head, '', '', '', '', '', '', notice(group)] : [...head, value]);
      }
    }
  }
  for (const change of summary.changes ?? []) {
    rows.push([
      texts.t('csv.compared', { round: summary.survey, compare: summary.compare! }),
      texts.group(change.group),
      texts.measure(change.measure),
      texts.t('csv.change'),
      '',
      '',
      pct(change.difference),
      pct(change.low),
      pct(change.high),
      '',
      texts.t(change.significant ? 'csv.significant' : 'csv.not-significant'),
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The file's name, from the round's id (anything but letters, digits, `.`, `_` and `-` made `_`). */
export const csvFileName = (summary: Summary) => `mor-survey-${summary.survey.replace(/[^\w.-]/g, '_')}-summary.csv`;
