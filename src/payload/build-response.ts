/**
 * Turns the form's answers into the wire format of SPEC §5. Pure: no DOM, no Lit, no clock or
 * randomness of its own (the caller passes `id` and `submittedAt`), so it is easy to test.
 */
import type { ResponseAnswers } from '../schema/response.js';
import { RESPONSE_VERSION, TEXT_FIELDS, type AnswerKey, type Locale, type Respondent } from '../schema/values.js';
import type { Answers } from './answers.js';

export interface ResponseMeta {
  id: string;
  survey: string;
  submittedAt: string;
  locale: Locale;
  /** The `respondent` attribute; when absent, the respondent's own answer is used. */
  respondent?: Respondent | undefined;
}

/** Trimmed text, or undefined when nothing is left (empty answers are not sent). */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Only the questions the survey asked are included, and only when answered. */
export function buildAnswers(answers: Answers, asked: readonly AnswerKey[]): ResponseAnswers {
  const out: Record<string, unknown> = {};
  for (const key of asked) {
    if (key === 'lastInteraction') {
      const given: Record<string, string> = {};
      for (const field of TEXT_FIELDS) {
        const value = text(answers.lastInteraction?.[field]);
        if (value !== undefined) given[field] = value;
      }
      if (Object.keys(given).length > 0) out.lastInteraction = given;
    } else if (key === 'issues') {
      const issues = answers.issues;
      if (issues?.experienced === 'yes') {
        const details = text(issues.details);
        out.issues = {
          experienced: 'yes',
          ...(issues.reported !== undefined && { reported: issues.reported }),
          ...(details !== undefined && { details }),
        };
      } else if (issues?.experienced !== undefined) {
        out.issues = { experienced: issues.experienced };
      }
    } else if (answers[key] !== undefined) {
      out[key] = answers[key];
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
