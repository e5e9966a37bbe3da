/**
 * The zod schema of a summary (SPEC §13), built from the catalogue as the summary is: every
 * closed question with each of its options, every comment field. Strict: an extra key, a
 * missing option or a suppressed entry that carries anything else fails. For servers and
 * tools (`mor-survey/analysis`); `<mor-results>` uses the lighter `is-summary.ts` instead.
 */
import * as z from 'zod/mini';
import { SURVEY_ID_PATTERN } from '../schema/values.js';
import { CLOSED_ITEMS, COMMENT_FIELDS } from './items.js';
import { GOOD, MEASURES } from './measures.js';
import { GROUPS, SUMMARY_VERSION, type MeasureKey, type Summary } from './summary.js';

const count = z.int().check(z.gte(0));
const share = z.number().check(z.gte(0), z.lte(1));
const surveyId = z.string().check(z.regex(SURVEY_ID_PATTERN));

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

export const roundSchema = z.strictObject({ groups: shapeOf(GROUPS, () => groupSchema) });

const difference = z.number().check(z.gte(-1), z.lte(1));
export const changeSchema = z.strictObject({
  measure: z.enum(MEASURES.map((measure) => measure.key) as [MeasureKey, ...MeasureKey[]]),
  group: z.enum(GROUPS as ['all', 'member', 'officer']),
  from: share,
  to: share,
  difference,
  low: difference,
  high: difference,
  significant: z.boolean(),
});

/** A summary as `summarise()` makes it. Its rounds are `survey` and, when given, `compare`. */
export const summarySchema = z
  .strictObject({
    version: z.literal(SUMMARY_VERSION),
    survey: surveyId,
    compare: z.optional(surveyId),
    minGroup: z.int().check(z.gte(1)),
    rounds: z.record(surveyId, roundSchema),
    changes: z.optional(z.array(changeSchema)),
  })
  .check(
    z.refine(
      (summary) =>
        Object.keys(summary.rounds).sort().join() === [summary.survey, summary.compare].filter(Boolean).sort().join() &&
        (summary.compare === undefined) === (summary.changes === undefined),
      'rounds must be survey and compare, and changes given exactly when compare is',
    ),
  ) as unknown as z.ZodMiniType<Summary>;

/** Validates anything (e.g. a fetched body) as a summary. Never throws. */
export const parseSummary = (input: unknown) => summarySchema.safeParse(input);
