/**
 * The answers as the form holds them: the wire shape of SPEC §5 before trimming, so a hidden
 * follow-up keeps its value when the respondent changes their mind, and over-long text is kept.
 * No DOM, no Lit.
 */
import type {
  AnswerKey,
  Change,
  Experienced,
  Frequency,
  HealthScore,
  KnowsHow,
  Reported,
  Respondent,
} from '../schema/values.js';

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
