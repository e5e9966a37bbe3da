/**
 * Checks the form's answers with the response schema and names each problem by the field it
 * belongs to, so the UI can show a message beside it. Pure: no DOM, no Lit, no wording (the
 * message for a field is looked up by `error.<field>` in the strings, SPEC §4).
 */
import * as compiled from '../schema/compiled.js';
import { check, isValid, requireKeys, type Issue } from '../schema/shape.js';
import { ANSWER_KEYS, FIELDS, QUESTIONS, isRequired, question, questionOfField, type AnswerKey, type FieldId, type QuestionKey } from '../catalogue/questions.js';
import type { Answers } from '../payload/answers.js';
import { buildAnswers } from '../payload/build-response.js';

export type { FieldId };

export interface FieldError {
  question: QuestionKey;
  field: FieldId;
}

/** A question's own field when a problem has no deeper path: its choice, for a follow-up question. */
const topField = (key: string) => {
  const q = QUESTIONS.find((entry) => entry.key === key);
  return q?.kind === 'follow-up' ? `${key}.${q.field}` : key;
};

/**
 * The fields named by one schema issue. For a union (a question with follow-ups) the option
 * with the fewest problems is the one the respondent meant: its problems name the fields.
 */
function fieldsOf(issue: Issue, prefix: PropertyKey[] = []): FieldId[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const nearest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    if (nearest.length) return nearest.flatMap((inner) => fieldsOf(inner, path));
  }
  const [key, part] = path.map(String);
  const id = part === undefined ? topField(key!) : `${key}.${part}`;
  return (FIELDS as string[]).includes(id) ? [id as FieldId] : [];
}

/**
 * Returns one error per invalid field, in question order (as `asked` lists them) and then in
 * field order within a question. An empty array means the answers can be sent.
 */
export function validateAnswers(answers: Answers, asked: readonly QuestionKey[]): FieldError[] {
  const found = new Set<FieldId>();
  if (asked.includes('respondent') && !isValid(compiled.respondent, answers.respondent)) {
    found.add('respondent');
  }
  const keys = asked.filter((q): q is AnswerKey => (ANSWER_KEYS as string[]).includes(q));
  const form = requireKeys(compiled.answers, keys.filter((key) => isRequired(question(key))));
  for (const issue of check(form, buildAnswers(answers, keys))) {
    for (const field of fieldsOf(issue)) found.add(field);
  }
  const order = (f: FieldId) => asked.indexOf(questionOfField(f)) * 100 + FIELDS.indexOf(f);
  return [...found].sort((a, b) => order(a) - order(b)).map((field) => ({ question: questionOfField(field), field }));
}
