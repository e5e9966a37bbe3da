/**
 * The zod schema of a summary (SPEC §13), built from the catalogue as the summary is: every
 * closed question with each of its options, every comment field, the rounds' details, the
 * changes and the trend. Strict: an extra key, a missing option or a suppressed entry that
 * carries anything else fails. The build compiles `summaryShapeSchema` into plain data
 * (`summary-compiled.ts`), so `<mor-results>` checks a summary the same way without zod
 * (`isSummary`); what a shape cannot say, how the parts agree, is `summaryAgrees()`, used by both.
 */
import * as z from 'zod/mini';
import { SURVEY_ID_PATTERN, UTC_TIME_PATTERN } from '../schema/values.js';
import { CLOSED_ITEMS, COMMENT_FIELDS } from './items.js';
import { GOOD, MEASURES } from './measures.js';
import { summaryAgrees, trendRoundsAgree } from './summary-agrees.js';
import { GROUPS, LEAST_MIN_GROUP, SUMMARY_VERSION, type MeasureKey, type Summary } from './summary.js';
import { TREND_ROUNDS } from './trend.js';

const count = z.int().check(z.gte(0));
const share = z.number().check(z.gte(0), z.lte(1));
const surveyId = z.string().check(z.regex(SURVEY_ID_PATTERN));
const time = z.string().check(z.regex(UTC_TIME_PATTERN));
const text = z.string().check(z.minLength(1));
const measure = z.enum(MEASURES.map((m) => m.key) as [MeasureKey, ...MeasureKey[]]);
const group = z.enum(GROUPS as ['all', 'member', 'officer']);

export const suppressedSchema = z.strictObject({ suppressed: z.literal(true) });
export const figureSchema = z.strictObject({ count, share, low: share, high: share });

const shapeOf = <T extends z.ZodMiniType>(keys: readonly string[], value: (key: string) => T) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<string, T>);

const answersSchema = (key: string, options: readonly string[]) => {
  const base = { answered: count, options: shapeOf(options, () => figureSchema) };
  // Health carries its mean (1–5) and Good or very good.
  const shape = key === GOOD.item ? { ...base, mean: z.number().check(z.gte(1), z.lte(5)), good: figureSchema } : base;
  return z.union([z.strictObject(shape), suppressedSchema]);
};

const questionsSchema = z.strictObject({
  ...Object.fromEntries(CLOSED_ITEMS.map((item) => [item.key, answersSchema(item.key, item.options)])),
  comments: shapeOf(COMMENT_FIELDS.map((field) => field.key), () => z.union([count, suppressedSchema])),
});

export const groupSchema = z.union([
  z.strictObject({ responses: count, rate: z.optional(z.number().check(z.gte(0))), questions: questionsSchema }),
  suppressedSchema,
]);

/** What the rounds file says of a round (SPEC §15): all four, when the round is in it. */
const details = {
  title: z.optional(z.strictObject({ en: text, cy: text })),
  opens: z.optional(time),
  closes: z.optional(time),
  access: z.optional(z.enum(['open', 'invited'])),
};

export const roundSchema = z.strictObject({ ...details, groups: shapeOf(GROUPS, () => groupSchema) });

const difference = z.number().check(z.gte(-1), z.lte(1));
export const changeSchema = z.strictObject({ measure, group, from: share, to: share, difference, low: difference, high: difference, significant: z.boolean() });

export const trendSchema = z.strictObject({
  measure,
  group,
  points: z.array(
    z.union([
      z.strictObject({ survey: surveyId, count, answered: count, share, low: share, high: share }),
      z.strictObject({ survey: surveyId, suppressed: z.literal(true) }),
    ]),
  ),
});

/** The summary's shape alone, without how its parts agree: what the build compiles. */
export const summaryShapeSchema = z.strictObject({
  version: z.literal(SUMMARY_VERSION),
  survey: surveyId,
  compare: z.optional(surveyId),
  minGroup: z.int().check(z.gte(LEAST_MIN_GROUP)),
  rounds: z.record(surveyId, roundSchema),
  changes: z.optional(z.array(changeSchema)),
  trend: z.optional(z.array(trendSchema)),
  trendRounds: z.optional(z.array(z.strictObject({ survey: surveyId, ...details }))),
});

/** A summary as `summarise()` makes it. */
export const summarySchema = summaryShapeSchema.check(
  z.refine(
    (summary) => summaryAgrees(summary as Summary) && trendRoundsAgree(summary as Summary),
    `rounds must be survey and compare, changes given with compare, and the trend over at most ${TREND_ROUNDS} trendRounds, each once`,
  ),
) as unknown as z.ZodMiniType<Summary>;

/** Validates anything (e.g. a fetched body) as a summary. Never throws. */
export const parseSummary = (input: unknown) => summarySchema.safeParse(input);
