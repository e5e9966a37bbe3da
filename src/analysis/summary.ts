/**
 * The shape of a summary (SPEC §13), as TypeScript types. Types only: `<mor-results>` reads
 * them without carrying zod; `summary-schema.ts` is the zod schema of the same shape (the tests
 * check every summary `summarise()` makes against it). Question and field keys come from the
 * catalogue.
 */
import type { QuestionKey, QuestionOf } from '../catalogue/questions.js';
import type { Respondent } from '../schema/values.js';

type FollowUpOf<Q> = Q extends { followUps: readonly (infer F)[] } ? F : never;
type ChoiceFollowUps<K extends string, F> = F extends { kind: 'choice'; key: infer C extends string } ? `${K}.${C}` : never;
type TextFollowUps<K extends string, F> = F extends { kind: 'text'; key: infer C extends string } ? `${K}.${C}` : never;

/** A closed question of the summary: `frequency`, `health`, …, `issues.experienced`, `issues.reported`. */
export type ClosedKey = {
  [K in QuestionKey]: K extends 'respondent'
    ? never
    : QuestionOf<K> extends { kind: 'choice' | 'rating' }
      ? K
      : QuestionOf<K> extends { kind: 'follow-up'; field: infer F extends string }
        ? `${K}.${F}` | ChoiceFollowUps<K, FollowUpOf<QuestionOf<K>>>
        : never;
}[QuestionKey];

/** A free-text field whose comments are counted: `lastInteraction.workedWell`, …, `issues.details`. */
export type CommentKey = {
  [K in QuestionKey]: QuestionOf<K> extends { kind: 'texts'; fields: readonly (infer F extends string)[] }
    ? `${K}.${F}`
    : QuestionOf<K> extends { kind: 'follow-up' }
      ? TextFollowUps<K, FollowUpOf<QuestionOf<K>>>
      : never;
}[QuestionKey];

/** The groups of a round: everyone, then each kind of respondent. */
export type GroupKey = 'all' | Respondent;

/** What stands in for anything too small to publish: this and nothing else. */
export interface Suppressed {
  suppressed: true;
}

/** A count out of `answered`, its share (0–1, unrounded) and the share's 95% Wilson interval. */
export interface Figure {
  count: number;
  share: number;
  low: number;
  high: number;
}

/** The answers of one group to one closed question. Every option is present, 0 when unchosen. */
export interface Answers {
  answered: number;
  options: Record<string, Figure>;
  /** A rating's mean (health: 1 = very poor … 5 = very good). */
  mean?: number;
  /** Health only: Good or Very good (4 or 5). */
  good?: Figure;
}

export type Questions = { [K in ClosedKey]: Answers | Suppressed } & {
  /** The number of comments written in each free-text field (never their text). */
  comments: { [K in CommentKey]: number | Suppressed };
};

export interface Group {
  responses: number;
  /** Responses out of the population given for this group and round. */
  rate?: number;
  questions: Questions;
}

/** How a round was answered (SPEC §15): anyone with the link, or each from a single-use invitation. */
export type Access = 'open' | 'invited';

/** A round's name in each language, from the rounds file. */
export interface Title {
  en: string;
  cy: string;
}

/** What the rounds file says of a round (SPEC §15), when summarise() was given it. */
export interface RoundDetails {
  title?: Title;
  /** When it opened and closed: UTC times. */
  opens?: string;
  closes?: string;
  access?: Access;
}

export interface Round extends RoundDetails {
  groups: Record<GroupKey, Group | Suppressed>;
}

/** The shares compared between rounds (SPEC §13). */
export type MeasureKey = 'health.good' | 'change.improved' | 'change.worse' | 'issues.yes' | 'reporting.yes';

/** A change in share from the comparison round (`from`) to this round (`to`). */
export interface Change {
  measure: MeasureKey;
  group: GroupKey;
  from: number;
  to: number;
  /** `to − from`. */
  difference: number;
  /** The 95% Newcombe hybrid score interval of the difference. */
  low: number;
  high: number;
  /** True exactly when the interval excludes zero. */
  significant: boolean;
}

/** One round's figure for a measure and group: its count out of those who answered, as a Figure. */
export interface Point extends Figure {
  survey: string;
  answered: number;
}

/** A measure for one group, round by round, oldest first (SPEC §13, "Over time"). */
export interface Trend {
  measure: MeasureKey;
  group: GroupKey;
  points: (Point | (Suppressed & { survey: string }))[];
}

/** A round of the trend with what the rounds file says of it, oldest first. */
export interface TrendRound extends RoundDetails {
  survey: string;
}

export interface Summary {
  version: 1;
  survey: string;
  compare?: string;
  minGroup: number;
  rounds: Record<string, Round>;
  changes?: Change[];
  /** With `trend: true`: every measure for every group over the rounds of `trendRounds`. */
  trend?: Trend[];
  trendRounds?: TrendRound[];
}

export const SUMMARY_VERSION = 1;

/** The threshold `summarise()` uses when given none (SPEC §13). */
export const DEFAULT_MIN_GROUP = 10;
/** The smallest threshold allowed anywhere (SPEC §13): the library, the command and the receiver. */
export const LEAST_MIN_GROUP = 5;

/** The order groups are shown and compared in. */
export const GROUPS: readonly GroupKey[] = ['all', 'member', 'officer'];

/** True for a suppressed entry. */
export const isSuppressed = (entry: unknown): entry is Suppressed =>
  typeof entry === 'object' && entry !== null && (entry as Suppressed).suppressed === true;
