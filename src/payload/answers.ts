/**
 * The answers as the form holds them, typed from the catalogue: the wire shape of SPEC §5
 * before trimming, so a hidden follow-up keeps its value when the respondent changes their
 * mind, and over-long text is kept. No DOM, no Lit.
 */
import type { QuestionKey, QuestionOf } from '../catalogue/questions.js';

type FollowUpAnswers<U> = {
  [F in U as F extends { key: infer K extends string } ? K : never]?: F extends { options: readonly (infer O)[] } ? O : string;
};

/** What the form holds for one question, by its kind. */
type FormAnswer<Q> = Q extends { kind: 'choice' | 'rating'; options: readonly (infer O)[] }
  ? O
  : Q extends { kind: 'texts'; fields: readonly (infer F extends string)[] }
    ? { [K in F]?: string }
    : Q extends { kind: 'follow-up'; field: infer F extends string; options: readonly (infer O)[]; followUps: readonly (infer U)[] }
      ? { [K in F]?: O } & FollowUpAnswers<U>
      : never;

export type Answers = { [K in QuestionKey]?: FormAnswer<QuestionOf<K>> };
export type LastInteractionAnswer = NonNullable<Answers['lastInteraction']>;
export type IssuesAnswer = NonNullable<Answers['issues']>;
export type { QuestionKey };
