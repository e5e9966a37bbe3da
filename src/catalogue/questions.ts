/**
 * The questions of SPEC §3, in their default order: the one list that says what each question
 * is. The zod schema, the form's answer type, validation, the elements and their registration,
 * the receiver's CSV, the analysis and the tests all read it. Pure: no zod, no Lit, no DOM.
 *
 * Texts are looked up by key (`src/i18n/en.ts`, `cy.ts`); `textKeysOf()` lists every key a
 * question needs, and the build fails to type-check when English lacks one.
 */

/** The two groups that answer, in order (SPEC §3.0). */
export const RESPONDENTS = ['member', 'officer'] as const;

/**
 * What a question is, by kind:
 * - `choice`: one of `options` (radios); `rating`: the same, but an ordered scale posted as a number.
 * - `texts`: optional free-text `fields`, each at most MAX_TEXT_LENGTH characters.
 * - `follow-up`: one of `options` in `field`; after `reveals` the `followUps` are asked too.
 */
export type Question =
  | { readonly key: string; readonly tag: string; readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly key: string; readonly tag: string; readonly kind: 'rating'; readonly options: readonly number[] }
  | { readonly key: string; readonly tag: string; readonly kind: 'texts'; readonly fields: readonly string[] }
  | {
      readonly key: string;
      readonly tag: string;
      readonly kind: 'follow-up';
      readonly field: string;
      readonly options: readonly string[];
      readonly reveals: string;
      readonly followUps: readonly FollowUp[];
    };

/** A question asked inside another after its `reveals` option. */
export type FollowUp =
  | { readonly key: string; readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly key: string; readonly kind: 'text' };

export const QUESTIONS = [
  { key: 'respondent', tag: 'mor-respondent', kind: 'choice', options: RESPONDENTS },
  { key: 'frequency', tag: 'mor-frequency', kind: 'choice', options: ['daily', 'weekly', 'monthly', 'less-than-monthly', 'never'] },
  { key: 'health', tag: 'mor-health', kind: 'rating', options: [1, 2, 3, 4, 5] },
  { key: 'change', tag: 'mor-change', kind: 'choice', options: ['improved', 'same', 'worse', 'dont-know'] },
  { key: 'lastInteraction', tag: 'mor-last-interaction', kind: 'texts', fields: ['workedWell', 'didNotWorkWell', 'toImprove'] },
  {
    key: 'issues',
    tag: 'mor-issues',
    kind: 'follow-up',
    field: 'experienced',
    options: ['yes', 'no', 'prefer-not-to-say'],
    reveals: 'yes',
    followUps: [
      { key: 'reported', kind: 'choice', options: ['yes', 'no'] },
      { key: 'details', kind: 'text' },
    ],
  },
  { key: 'reporting', tag: 'mor-reporting', kind: 'choice', options: ['yes', 'no', 'not-sure'] },
] as const satisfies readonly Question[];

type Catalogued = (typeof QUESTIONS)[number];

/** A question as named in events and errors: the respondent plus every answer key. */
export type QuestionKey = Catalogued['key'];
/** The questions whose answers go in the wire format's `answers` (all but the respondent). */
export type AnswerKey = Exclude<QuestionKey, 'respondent'>;
export type QuestionOf<K extends QuestionKey> = Extract<Catalogued, { key: K }>;

/** The question with this key. */
export const question = <K extends QuestionKey>(key: K): QuestionOf<K> =>
  QUESTIONS.find((q) => q.key === key) as QuestionOf<K>;

/** The answer keys in their default order (the respondent is asked first, apart from these). */
export const ANSWER_KEYS = QUESTIONS.flatMap((q) => (q.key === 'respondent' ? [] : [q.key])) as AnswerKey[];

/** Every question is required but a group of optional texts (SPEC §3). */
export const isRequired = (q: Question): boolean => q.kind !== 'texts';

type FollowUpOf<Q> = Q extends { followUps: readonly (infer F)[] } ? F : never;

/** A field as errors and the form name it: `frequency`, `lastInteraction.workedWell`, `issues.reported`. */
export type FieldId = {
  [K in QuestionKey]: QuestionOf<K> extends { kind: 'texts'; fields: readonly (infer F extends string)[] }
    ? `${K}.${F}`
    : QuestionOf<K> extends { kind: 'follow-up'; field: infer F extends string }
      ? `${K}.${F}` | `${K}.${FollowUpOf<QuestionOf<K>>['key']}`
      : K;
}[QuestionKey];

/** A question's fields, in the order they are asked. */
export function fieldsOf(q: Question): string[] {
  if (q.kind === 'texts') return q.fields.map((field) => `${q.key}.${field}`);
  if (q.kind === 'follow-up') return [q.field, ...q.followUps.map((f) => f.key)].map((field) => `${q.key}.${field}`);
  return [q.key];
}

/** Every field of every question, in question order. */
export const FIELDS = QUESTIONS.flatMap(fieldsOf) as FieldId[];

/** The question a field belongs to. */
export const questionOfField = (field: FieldId) => field.split('.')[0] as QuestionKey;

/**
 * The text keys a question needs (SPEC §3, §4): its question text, an option label per code,
 * labels of text fields and follow-ups, and an error message per field. (The hint about names
 * on every free-text field is one text for all, `hint.names`.)
 */
export function textKeysOf(q: Question): string[] {
  const keys = [`${q.key}.question`];
  if (q.kind === 'texts') keys.push(...fieldsOf(q));
  else keys.push(...q.options.map((code) => `${q.key}.option.${code}`));
  if (q.kind === 'follow-up') {
    for (const f of q.followUps) {
      if (f.kind === 'choice') keys.push(`${q.key}.${f.key}.question`, ...f.options.map((code) => `${q.key}.${f.key}.option.${code}`));
      else keys.push(`${q.key}.${f.key}`);
    }
  }
  return [...keys, ...fieldsOf(q).map((field) => `error.${field}`)];
}
