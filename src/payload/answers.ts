/**
 * The answers as the form holds them: the wire shape of SPEC §5 before trimming, so a hidden
 * follow-up keeps its value when the respondent changes their mind, and over-long text is kept.
 * No DOM, no Lit.
 */
import * as z from 'zod/mini';
import {
  CHANGES,
  EXPERIENCED,
  FREQUENCIES,
  HEALTH_SCORES,
  KNOWS_HOW,
  REPORTED,
  RESPONDENTS,
  type AnswerKey,
  type Change,
  type Experienced,
  type Frequency,
  type HealthScore,
  type KnowsHow,
  type Reported,
  type Respondent,
} from '../schema/response.js';

export interface LastInteractionAnswer {
  workedWell?: string;
  didNotWorkWell?: string;
  toImprove?: string;
}

export interface IssuesAnswer {
  experienced?: Experienced;
  reported?: Reported;
  details?: string;
}

export interface Answers {
  respondent?: Respondent;
  frequency?: Frequency;
  health?: HealthScore;
  change?: Change;
  lastInteraction?: LastInteractionAnswer;
  issues?: IssuesAnswer;
  reporting?: KnowsHow;
}

/** A question as named in events and errors: the respondent plus every answer key. */
export type QuestionKey = 'respondent' | AnswerKey;

/**
 * A generous cap for stored drafts: text over the 2,000 limit is kept (SPEC §3), but a draft
 * that is megabytes long is not something the form wrote.
 */
const DRAFT_TEXT_CAP = 100_000;
const draftText = z.optional(z.string().check(z.maxLength(DRAFT_TEXT_CAP)));

/** What a restored draft may hold; anything else is discarded (SPEC §8). */
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
