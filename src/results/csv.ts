/**
 * The summary as a CSV file for Excel (SPEC §13 "Download this summary (CSV)"): UTF-8 with a
 * byte order mark (so Excel reads Welsh letters), CRLF line ends, one row per figure, every row
 * the header's eleven columns, labels and round names in the element's language. Percentages
 * have one decimal, always written ("50.0"), rounded half up as the page rounds; means two.
 * Text cells that begin like a formula (= + - @, tab, CR) are prefixed with ' so a spreadsheet
 * shows them rather than running them. Hidden figures are rows with the anonymity notice and
 * no numbers; a response rate above 100% carries the page's "check the population" in its note.
 * Pure.
 */
import { CLOSED_ITEMS, COMMENT_FIELDS } from '../analysis/items.js';
import { GOOD } from '../analysis/measures.js';
import { GROUPS, isSuppressed, type Answers, type Figure, type Summary } from '../analysis/summary.js';
import { percent, roundHalfUp } from './format.js';
import type { Context } from './views/context.js';

type Cell = string | number | undefined;

/** The header: texts the page has already, else the CSV's own. */
const HEADER = ['rounds.round', 'csv.group', 'csv.question', 'table.answer', 'csv.count', 'csv.base', 'csv.percent', 'csv.low', 'csv.high', 'csv.mean', 'csv.note'] as const;
/** Where the note goes: the last of the header's columns. */
const NOTE = HEADER.length - 1;

/** A cell as CSV: numbers (and numbers written as text, "-3.0") as they are, text made formula-safe and quoted when it must be. */
function cell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value)) return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A share as a percentage with one decimal, as text so the decimal always shows: "58.1", "50.0". */
const pct = (share: number) => roundHalfUp(share * 100, 1).toFixed(1);

export function summaryCsv(summary: Summary, { texts, rounds, name, notice }: Context): string {
  const rows: Cell[][] = [HEADER.map((key) => texts.t(key))];
  /** A row of round, group and question (`head`) with a note in the last column. */
  const noted = (head: Cell[], note: string) => {
    const row = [...head];
    row[NOTE] = note;
    rows.push(row);
  };
  const figure = (head: Cell[], answer: string, f: Figure, base: number) => rows.push([...head, answer, f.count, base, pct(f.share), pct(f.low), pct(f.high)]);
  for (const round of rounds) {
    for (const group of GROUPS) {
      const where = [name(round), texts.group(group)];
      const responses = [...where, texts.t('rounds.title')];
      const shown = summary.rounds[round]!.groups[group];
      if (isSuppressed(shown)) {
        noted(responses, notice(group));
        continue;
      }
      rows.push([...responses, , shown.responses]);
      const rate = shown.rate;
      if (rate !== undefined) noted([...where, texts.t('csv.rate'), , , , pct(rate)], rate > 1 ? texts.t('rounds.rate-check', { rate: percent(rate) }) : '');
      for (const item of CLOSED_ITEMS) {
        const head = [...where, texts.question(item)];
        const entry = shown.questions[item.key as keyof typeof shown.questions] as Answers | { suppressed: true };
        if (isSuppressed(entry)) {
          noted(head, notice(group, round));
          continue;
        }
        for (const code of item.options) figure(head, texts.option(item, code), entry.options[code]!, entry.answered);
        if (entry.good) figure(head, texts.measure(GOOD.key), entry.good, entry.answered);
        if (entry.mean !== undefined) rows.push([...head, texts.t('table.mean'), , entry.answered, , , , roundHalfUp(entry.mean, 2).toFixed(2)]);
      }
      for (const field of COMMENT_FIELDS) {
        const value = shown.questions.comments[field.key as keyof typeof shown.questions.comments];
        const head = [...where, texts.t('comments.title'), texts.comment(field.key)];
        if (isSuppressed(value)) noted(head, notice(group, round));
        else rows.push([...head, value]);
      }
    }
  }
  for (const change of summary.changes ?? []) {
    const head = [texts.t('csv.compared', { round: name(summary.survey), compare: name(summary.compare!) }), texts.group(change.group), texts.measure(change.measure)];
    rows.push([...head, texts.t('csv.change'), , , pct(change.difference), pct(change.low), pct(change.high), , texts.t(change.significant ? 'csv.significant' : 'csv.not-significant')]);
  }
  // Every row has the header's columns, however many it fills.
  return `\uFEFF${rows.map((row) => HEADER.map((_, i) => cell(row[i])).join(',')).join('\r\n')}\r\n`;
}

/** The file's name, from the round's id (anything but letters, digits, `.`, `_` and `-` made `_`). */
export const csvFileName = (summary: Summary) => `mor-survey-${summary.survey.replace(/[^\w.-]/g, '_')}-summary.csv`;
