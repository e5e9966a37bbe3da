/**
 * The one definition of a valid survey response (SPEC §4, §5), and of a restorable draft: the
 * catalogue's questions (`src/catalogue/questions.ts`) as zod schemas. Options, fields and
 * follow-ups come from the catalogue; this file says only how each kind is checked.
 *
 * No DOM, no Lit: the receiver, the tests and any Node server (`mor-survey/schema`) validate
 * with these zod schemas. The editors' bundle does not carry zod: the build compiles these
 * schemas into `compiled.ts`, checked by `shape.ts` (see README, "Validation").
 */
import * as z from 'zod/mini';
import { RESPONDENTS, isRequired, question, type AnswerKey } from '../catalogue/questions.js';
import {
  DRAFT_TEXT_CAP,
  LOCALES,
  MAX_TEXT_LENGTH,
  RESPONSE_VERSION,
  SURVEY_ID_PATTERN,
  UTC_TIME_PATTERN,
  UUID_V4_PATTERN,
  WELL_FORMED_TEXT,
} from './values.js';

export * from './values.js';

/**
 * Trimmed, non-empty, at most MAX_TEXT_LENGTH, and without U+0000 or an unpaired surrogate
 * (SPEC §16). Empty answers are left out of the payload.
 */
const freeText = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_TEXT_LENGTH),
  z.regex(/^\S(?:[\s\S]*\S)?$/, 'must be trimmed'),
  z.regex(WELL_FORMED_TEXT, 'must not hold U+0000 or an unpaired surrogate'),
);

/** A strict object of optional texts, one per field name. */
function texts<const F extends readonly string[], S extends z.ZodMiniType>(fields: F, text: S) {
  const shape = Object.fromEntries(fields.map((field) => [field, z.optional(text)]));
  return z.strictObject(shape as { [K in F[number]]: z.ZodMiniOptional<S> });
}

/** `options` without `left`, still a non-empty tuple for z.enum. */
const without = <O extends string, L extends O>(options: readonly O[], left: L) =>
  options.filter((option) => option !== left) as [Exclude<O, L>, ...Exclude<O, L>[]];

const frequency = question('frequency');
const health = question('health');
const change = question('change');
const lastInteraction = question('lastInteraction');
const issues = question('issues');
const reporting = question('reporting');
const [reported, details] = issues.followUps;

export const lastInteractionSchema = texts(lastInteraction.fields, freeText);

// A plain union: the follow-ups only after the option that reveals them. The form picks the
// nearest option's problems when naming fields (validation/validate-answers.ts).
export const issuesSchema = z.union([
  z.strictObject({
    [issues.field]: z.literal(issues.reveals),
    [reported.key]: z.enum(reported.options),
    [details.key]: z.optional(freeText),
  }),
  z.strictObject({ [issues.field]: z.enum(without(issues.options, issues.reveals)) }),
]);

/**
 * Every answer is optional on the wire because an author may choose which questions to show
 * (SPEC §2); the form makes each question it shows required (see `formAnswersSchema`).
 */
export const answersSchema = z.strictObject({
  frequency: z.optional(z.enum(frequency.options)),
  health: z.optional(z.literal(health.options)),
  change: z.optional(z.enum(change.options)),
  lastInteraction: z.optional(lastInteractionSchema),
  issues: z.optional(issuesSchema),
  reporting: z.optional(z.enum(reporting.options)),
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

/** The answers the form requires when it asks `asked`: each asked question that is required. */
export const requiredAnswerKeys = (asked: readonly AnswerKey[]): AnswerKey[] =>
  asked.filter((key) => isRequired(question(key)));

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

const draftText = z.string().check(z.maxLength(DRAFT_TEXT_CAP));

/** What a restored draft may hold (every answer optional, long text kept); else discarded. */
export const draftAnswersSchema = z.strictObject({
  respondent: z.optional(z.enum(RESPONDENTS)),
  frequency: answersSchema.shape.frequency,
  health: answersSchema.shape.health,
  change: answersSchema.shape.change,
  lastInteraction: z.optional(texts(lastInteraction.fields, draftText)),
  issues: z.optional(
    z.strictObject({
      [issues.field]: z.optional(z.enum(issues.options)),
      [reported.key]: z.optional(z.enum(reported.options)),
      [details.key]: z.optional(draftText),
    }),
  ),
  reporting: answersSchema.shape.reporting,
});
