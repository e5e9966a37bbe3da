/**
 * A round as CSV for Excel (SPEC §12): UTF-8 with a byte order mark (so Excel reads Welsh
 * letters right), CRLF line ends, a header row, one row per response.
 *
 * The columns come from the question catalogue: `id`, `survey`, `submittedAt`, `locale`, then
 * one per field in question order (`respondent`, `frequency`, …, `issues.details`), the same
 * names in every language, so a spreadsheet built on one round works for the next. Options are
 * written as their English or Welsh labels (the survey's own texts) or as the posted codes.
 *
 * Every text cell is quoted (numbers, the codes of ratings, are not). A cell starting with
 * = + - @, a tab or a carriage return is prefixed with ' so Excel shows it as text instead of
 * running it as a formula (OWASP's advice for CSV injection) — and so is every place inside a
 * cell where a spreadsheet splitting it on a tab, a semicolon (Excel in semicolon locales), a
 * comma or a line end would start a new cell with one (SPEC §16): `ok;=1+1` becomes `ok;'=1+1`.
 */
import { ANSWER_KEYS, QUESTIONS, type Question } from 'mor-survey/schema';
import { cy, en } from 'mor-survey/i18n';
import type { SurveyResponse } from 'mor-survey/schema';

export const LABELS = ['en', 'cy', 'codes'] as const;
export type Labels = (typeof LABELS)[number];

interface Column {
  name: string;
  value: (response: SurveyResponse) => unknown;
  /** For fields with options: the text key of an option's label. */
  labelKey?: (code: unknown) => string;
}

const answerKeys = new Set<string>(ANSWER_KEYS);

/** A question's answer: under `answers`, or beside it for the respondent. */
const answerOf = (response: SurveyResponse, key: string): unknown =>
  answerKeys.has(key)
    ? (response.answers as Record<string, unknown>)[key]
    : (response as unknown as Record<string, unknown>)[key];

const partOf = (key: string, part: string) => (response: SurveyResponse) =>
  (answerOf(response, key) as Record<string, unknown> | undefined)?.[part];

function columnsOf(q: Question): Column[] {
  switch (q.kind) {
    case 'choice':
    case 'rating':
      return [{ name: q.key, value: (r) => answerOf(r, q.key), labelKey: (code) => `${q.key}.option.${code}` }];
    case 'texts':
      return q.fields.map((field) => ({ name: `${q.key}.${field}`, value: partOf(q.key, field) }));
    case 'follow-up':
      return [
        { name: `${q.key}.${q.field}`, value: partOf(q.key, q.field), labelKey: (code) => `${q.key}.option.${code}` },
        ...q.followUps.map((f) => ({
          name: `${q.key}.${f.key}`,
          value: partOf(q.key, f.key),
          ...(f.kind === 'choice' && { labelKey: (code: unknown) => `${q.key}.${f.key}.option.${code}` }),
        })),
      ];
  }
}

const COLUMNS: readonly Column[] = [
  { name: 'id', value: (r) => r.id },
  { name: 'survey', value: (r) => r.survey },
  { name: 'submittedAt', value: (r) => r.submittedAt },
  { name: 'locale', value: (r) => r.locale },
  ...QUESTIONS.flatMap(columnsOf),
];

const dictionaries: Record<Exclude<Labels, 'codes'>, Record<string, unknown>> = { en, cy };

/** What a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A separator a spreadsheet may split a cell on, followed by a formula's start. */
const SPLIT_FORMULA = /([\t;,\r\n])(?=[=+\-@\t\r])/g;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  text = text.replace(SPLIT_FORMULA, "$1'");
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(responses: readonly SurveyResponse[], labels: Labels): string {
  const dictionary = labels === 'codes' ? undefined : dictionaries[labels];
  const row = (response: SurveyResponse) =>
    COLUMNS.map(({ value, labelKey }) => {
      const raw = value(response);
      const label = dictionary && labelKey && raw !== undefined ? dictionary[labelKey(raw)] : undefined;
      return cell(typeof label === 'string' ? label : raw);
    }).join(',');
  const lines = [COLUMNS.map((column) => cell(column.name)).join(','), ...responses.map(row)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
