/**
 * The one definition of a valid survey response (SPEC §4, §5), and of a restorable draft.
 *
 * No DOM, no Lit: the reference receiver, the tests and any Node server (`mor-survey/schema`)
 * validate with these zod schemas. The editors' bundle does not carry zod: the build compiles
 * these schemas into `compiled.ts`, checked by `shape.ts` (see README, "Decisions").
 */
import * as z from 'zod/mini';
import {
  CHANGES,
  DRAFT_TEXT_CAP,
  EXPERIENCED,
  FREQUENCIES,
  HEALTH_SCORES,
  KNOWS_HOW,
  LOCALES,
  MAX_TEXT_LENGTH,
  REPORTED,
  RESPONDENTS,
  RESPONSE_VERSION,
  SURVEY_ID_PATTERN,
  UTC_TIME_PATTERN,
  UUID_V4_PATTERN,
  requiredAnswerKeys,
  type AnswerKey,
} from './values.js';

export * from './values.js';

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

// A plain union; the form picks the nearest option's problems when naming fields
// (validation/validate-answers.ts).
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
  // sends, and simple enough to compile (compiled.ts).
  id: z.string().check(z.regex(UUID_V4_PATTERN)),
  survey: z.string().check(z.regex(SURVEY_ID_PATTERN)),
  submittedAt: z.string().check(z.regex(UTC_TIME_PATTERN)),
  locale: z.enum(LOCALES),
  respondent: z.enum(RESPONDENTS),
  answers: answersSchema,
});

export type SurveyResponse = z.infer<typeof responseSchema>;
export type ResponseAnswers = z.infer<typeof answersSchema>;

/** The answers schema with the questions in `asked` required: what the form checks on submit. */
export function formAnswersSchema(asked: readonly AnswerKey[]) {
  const mask: Partial<Record<AnswerKey, true>> = {};
  for (const key of requiredAnswerKeys(asked)) mask[key] = true;
  return z.required(answersSchema, mask);
}

/** Validates anything (e.g. a parsed request body). Never throws. */
export function parseResponse(input: unknown) {
  return responseSchema.safeParse(input);
}

const draftText = z.optional(z.string().check(z.maxLength(DRAFT_TEXT_CAP)));

/** What a restored draft may hold (every answer optional, long text kept); else discarded. */
export const draftAnswersSchema = z.strictObject({
  respondent: z.optional(z.enum(RESPONDENTS)),
  frequency: z.optional(z.enum(FREQUENCIES)),
  health: z.optional(z.literal(HEALTH_SCORES)),
  change: z.optional(z.enum(CHANGES)),
  lastInteraction: z.optional(
    z.strictObject({ workedWell: draftText, didNotWorkWell: draftText, toImprove: draftText }),
  ),
  issues: z.optional(
    z.strictObject({
      experienced: z.optional(z.enum(EXPERIENCED)),
      reported: z.optional(z.enum(REPORTED)),
      details: draftText,
    }),
  ),
  reporting: z.optional(z.enum(KNOWS_HOW)),
});
