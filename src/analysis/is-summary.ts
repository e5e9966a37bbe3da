/**
 * A light check that a value is a summary `<mor-results>` can show: everything it reads is
 * there with the right type. zod (the full check, `summary-schema.ts`) would add about 7 KB to
 * the element's bundle; this is a few hundred bytes. It is as strict as the schema about
 * structure (a test compares the two on many summaries and broken copies of them); it does not
 * repeat the schema's range checks, since the element draws whatever numbers it is given as
 * text and clamps bar lengths. Pure.
 */
import { CLOSED_ITEMS, COMMENT_FIELDS } from './items.js';
import { GOOD, MEASURES } from './measures.js';
import { GROUPS, SUMMARY_VERSION, type Summary } from './summary.js';

type Check = (value: unknown) => boolean;

const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** An object with exactly these keys (optional ones may be absent), each passing its check. */
const exactly = (shape: Record<string, Check>, optional: readonly string[] = []): Check => (value) => {
  const object = record(value);
  if (!object) return false;
  for (const key of Object.keys(object)) if (!(key in shape)) return false;
  return Object.entries(shape).every(([key, check]) => (optional.includes(key) && !(key in object)) || check(object[key]));
};
const each = (keys: readonly string[], check: Check) => exactly(Object.fromEntries(keys.map((key) => [key, check])));
const isSuppressed = exactly({ suppressed: (value) => value === true });
const orSuppressed = (check: Check): Check => (value) => isSuppressed(value) || check(value);

const isFigure = each(['count', 'share', 'low', 'high'], isNumber);
const isAnswers = (key: string, options: readonly string[]) => {
  const shape: Record<string, Check> = { answered: isNumber, options: each(options, isFigure) };
  if (key === GOOD.item) Object.assign(shape, { mean: isNumber, good: isFigure });
  return orSuppressed(exactly(shape));
};
const isQuestions = exactly({
  ...Object.fromEntries(CLOSED_ITEMS.map((item) => [item.key, isAnswers(item.key, item.options)])),
  comments: each(COMMENT_FIELDS.map((field) => field.key), orSuppressed(isNumber)),
});
const isGroup = orSuppressed(exactly({ responses: isNumber, rate: isNumber, questions: isQuestions }, ['rate']));
const isRound = exactly({ groups: each(GROUPS, isGroup) });
const measures = MEASURES.map((measure) => measure.key as string);
const isChange = exactly({
  measure: (value) => measures.includes(value as string),
  group: (value) => GROUPS.includes(value as never),
  ...Object.fromEntries(['from', 'to', 'difference', 'low', 'high'].map((key) => [key, isNumber])),
  significant: (value) => typeof value === 'boolean',
});

/** True when `value` has the shape of a summary (SPEC §13), with both its rounds present. */
export function isSummary(value: unknown): value is Summary {
  const summary = record(value);
  if (!summary || typeof summary.survey !== 'string') return false;
  const compared = summary.compare !== undefined;
  const rounds = [summary.survey, ...(compared ? [summary.compare as string] : [])];
  return exactly(
    {
      version: (version) => version === SUMMARY_VERSION,
      survey: () => true,
      compare: (id) => typeof id === 'string' && id !== summary.survey,
      minGroup: (min) => Number.isInteger(min) && (min as number) >= 1,
      rounds: each(rounds, isRound),
      // Spread, so a hole in the list counts as a missing change (every() would skip it).
      changes: (changes) => compared && Array.isArray(changes) && [...changes].every(isChange),
    },
    compared ? [] : ['compare', 'changes'],
  )(summary);
}
