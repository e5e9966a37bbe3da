/**
 * Turns the form's answers into the wire format of SPEC §5. Pure: no DOM, no Lit, no clock or
 * randomness of its own (the caller passes `id` and `submittedAt`), so it is easy to test.
 */
import type { ResponseAnswers } from '../schema/response.js';
import { question, type AnswerKey, type Question } from '../catalogue/questions.js';
import { RESPONSE_VERSION, withoutUnsafeCharacters, type Locale, type Respondent } from '../schema/values.js';
import type { Answers } from './answers.js';

export interface ResponseMeta {
  id: string;
  survey: string;
  submittedAt: string;
  locale: Locale;
  /** The `respondent` attribute; when absent, the respondent's own answer is used. */
  respondent?: Respondent | undefined;
}

/**
 * Trimmed text without U+0000 or unpaired surrogates, which the schema refuses (SPEC §16: the
 * respondent never meets that error), or undefined when nothing is left: empty answers are
 * not sent.
 */
function text(value: string | undefined): string | undefined {
  return (value && withoutUnsafeCharacters(value).trim()) || undefined;
}

/** Only the questions the survey asked are included, and only when answered (SPEC §5). */
export function buildAnswers(answers: Answers, asked: readonly AnswerKey[]): ResponseAnswers {
  const out: Record<string, unknown> = {};
  for (const key of asked) {
    const q: Question = question(key);
    const value = answers[key] as Record<string, string | undefined> | string | number | undefined;
    if (q.kind === 'texts') {
      const given: Record<string, string> = {};
      for (const field of q.fields) {
        const typed = text((value as Record<string, string | undefined> | undefined)?.[field]);
        if (typed !== undefined) given[field] = typed;
      }
      if (Object.keys(given).length > 0) out[key] = given;
    } else if (q.kind === 'follow-up') {
      const given = (value ?? {}) as Record<string, string | undefined>;
      const chosen = given[q.field];
      if (chosen === undefined) continue;
      const picked: Record<string, string> = { [q.field]: chosen };
      // Follow-ups are sent only after the option that reveals them.
      if (chosen === q.reveals) {
        for (const f of q.followUps) {
          const answer = f.kind === 'text' ? text(given[f.key]) : given[f.key];
          if (answer !== undefined) picked[f.key] = answer;
        }
      }
      out[key] = picked;
    } else if (value !== undefined) {
      out[key] = value;
    }
  }
  // The shape is checked by the schema before anything is sent; this only assembles it.
  return out as ResponseAnswers;
}

/** The whole response object; validate it with `responseSchema` before sending. */
export function buildResponse(answers: Answers, asked: readonly AnswerKey[], meta: ResponseMeta) {
  return {
    version: RESPONSE_VERSION,
    id: meta.id,
    survey: meta.survey,
    submittedAt: meta.submittedAt,
    locale: meta.locale,
    respondent: meta.respondent ?? answers.respondent,
    answers: buildAnswers(answers, asked),
  };
}
