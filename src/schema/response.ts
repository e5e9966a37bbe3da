/**
 * The one definition of a valid survey response (SPEC §4, §5).
 *
 * No DOM, no Lit: this module is shared by the form, the reference receiver, the tests and any
 * Node server that imports `mor-survey/schema`. `zod/mini` keeps the editor bundle under budget.
 */
import * as z from 'zod/mini';

export const RESPONDENTS = ['member', 'officer'] as const;
export const LOCALES = ['en', 'cy'] as const;
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'less-than-monthly', 'never'] as const;
export const HEALTH_SCORES = [1, 2, 3, 4, 5] as const;
export const CHANGES = ['improved', 'same', 'worse', 'dont-know'] as const;
export const EXPERIENCED = ['yes', 'no', 'prefer-not-to-say'] as const;
export const REPORTED = ['yes', 'no'] as const;
export const KNOWS_HOW = ['yes', 'no', 'not-sure'] as const;
export const TEXT_FIELDS = ['workedWell', 'didNotWorkWell', 'toImprove'] as const;

/** Free-text limit, counted in UTF-16 code units (JavaScript's `length`, as a textarea counts). */
export const MAX_TEXT_LENGTH = 2000;
export const SURVEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
/** A version 4 UUID, as `crypto.randomUUID()` makes. */
export const UUID_V4_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
/** A UTC time as `Date.prototype.toISOString()` writes it. */
export const UTC_TIME_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z$/;
export const RESPONSE_VERSION = 1;

/** Trimmed, non-empty, at most MAX_TEXT_LENGTH. Empty answers are left out of the payload. */
const freeText = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_TEXT_LENGTH),
  z.regex(/^\S(?:[\s\S]*\S)?$/, 'must be trimmed'),
);

export const lastInteractionSchema = z.strictObject({
  workedWell: z.optional(freeText),
  didNotWorkWell: z.optional(freeText),
  toImprove: z.optional(freeText),
});

// A plain union (smaller than discriminatedUnion in the editors' bundle); the form picks the
// nearest option's problems when naming fields (validation/validate-answers.ts).
export const issuesSchema = z.union([
  z.strictObject({
    experienced: z.literal('yes'),
    reported: z.enum(REPORTED),
    details: z.optional(freeText),
  }),
  z.strictObject({ experienced: z.enum(['no', 'prefer-not-to-say']) }),
]);

/**
 * Every answer is optional on the wire because an author may choose which questions to show
 * (SPEC §2); the form makes each question it shows required (see `formAnswersSchema`).
 */
export const answersSchema = z.strictObject({
  frequency: z.optional(z.enum(FREQUENCIES)),
  health: z.optional(z.literal(HEALTH_SCORES)),
  change: z.optional(z.enum(CHANGES)),
  lastInteraction: z.optional(lastInteractionSchema),
  issues: z.optional(issuesSchema),
  reporting: z.optional(z.enum(KNOWS_HOW)),
});

export const responseSchema = z.strictObject({
  version: z.literal(RESPONSE_VERSION),
  // Patterns rather than z.uuidv4() / z.iso.datetime(): the same checks for what the form
  // sends, at a fraction of the bundle size.
  id: z.string().check(z.regex(UUID_V4_PATTERN)),
  survey: z.string().check(z.regex(SURVEY_ID_PATTERN)),
  submittedAt: z.string().check(z.regex(UTC_TIME_PATTERN)),
  locale: z.enum(LOCALES),
  respondent: z.enum(RESPONDENTS),
  answers: answersSchema,
});

export type Respondent = (typeof RESPONDENTS)[number];
export type Locale = (typeof LOCALES)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type HealthScore = (typeof HEALTH_SCORES)[number];
export type Change = (typeof CHANGES)[number];
export type Experienced = (typeof EXPERIENCED)[number];
export type Reported = (typeof REPORTED)[number];
export type KnowsHow = (typeof KNOWS_HOW)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type SurveyResponse = z.infer<typeof responseSchema>;
export type ResponseAnswers = z.infer<typeof answersSchema>;

/** The answer keys a survey can ask, in their default order (the respondent is asked first). */
export const ANSWER_KEYS = [
  'frequency',
  'health',
  'change',
  'lastInteraction',
  'issues',
  'reporting',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/** The same answers schema with the given questions required: what the form checks on submit. */
export function formAnswersSchema(required: readonly AnswerKey[]) {
  const mask: Partial<Record<AnswerKey, true>> = {};
  // lastInteraction is never required: its three text areas are optional.
  for (const key of required) if (key !== 'lastInteraction') mask[key] = true;
  return z.required(answersSchema, mask);
}

/** Validates anything (e.g. a parsed request body). Never throws. */
export function parseResponse(input: unknown) {
  return responseSchema.safeParse(input);
}
