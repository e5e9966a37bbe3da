/**
 * `summarise(responses, options)`: the committee's summary of one round, and of the round it is
 * compared with (SPEC §13). Counts (`tally.ts`), decides what may be published
 * (`disclosure.ts`), then writes only that: shares with 95% Wilson intervals, health's mean and
 * Good or very good, comment counts, response rates, and the changes between rounds
 * (`changes.ts`). Anything not published is `{ suppressed: true }`. Pure: runs in Node and the
 * browser; the receiver makes the summary so the browser never sees a suppressed figure.
 */
import type { SurveyResponse } from '../schema/response.js';
import { SURVEY_ID_PATTERN } from '../schema/values.js';
import { changesBetween } from './changes.js';
import { disclose } from './disclosure.js';
import { wilson } from './intervals.js';
import { CLOSED_ITEMS, COMMENT_FIELDS } from './items.js';
import { GOOD } from './measures.js';
import {
  GROUPS,
  SUMMARY_VERSION,
  type Answers,
  type Figure,
  type Group,
  type GroupKey,
  type Questions,
  type Round,
  type Summary,
  type Suppressed,
} from './summary.js';
import { tally, type GroupTally, type RoundTally } from './tally.js';

export const DEFAULT_MIN_GROUP = 10;

/** How many Members and Officers were asked, per round: gives response rates. */
export type Population = Record<string, { member: number; officer: number }>;

export interface SummariseOptions {
  /** The round to summarise, e.g. `2026-spring`. */
  survey: string;
  /** The round to compare it with, e.g. `2025-autumn`. */
  compare?: string;
  /** The fewest answers a group or question may be shown with (default 10). */
  minGroup?: number;
  population?: Population;
}

const SUPPRESSED: Suppressed = { suppressed: true };
const suppressed = (): Suppressed => ({ ...SUPPRESSED });

/** A count out of n with its share and 95% Wilson interval. */
export const figure = (count: number, n: number): Figure => ({ count, share: count / n, ...wilson(count, n) });

function answersOf(group: GroupTally, i: number): Answers {
  const item = CLOSED_ITEMS[i]!;
  const counts = group.counts[i]!;
  const answered = group.answered[i]!;
  const options: Record<string, Figure> = {};
  item.options.forEach((code, k) => (options[code] = figure(counts[k]!, answered)));
  const answers: Answers = { answered, options };
  if (item.key === GOOD.item) {
    // A rating's codes are its points: the mean is their average.
    answers.mean = item.options.reduce((total, code, k) => total + Number(code) * counts[k]!, 0) / answered;
    answers.good = figure(GOOD.options.reduce((total, code) => total + counts[item.options.indexOf(code)]!, 0), answered);
  }
  return answers;
}

function rateOf(group: GroupKey, responses: number, population: Population[string] | undefined): number | undefined {
  if (!population) return undefined;
  const asked = group === 'all' ? population.member + population.officer : population[group];
  return Number.isFinite(asked) && asked > 0 ? responses / asked : undefined;
}

function roundOf(counted: RoundTally, minGroup: number, population: Population[string] | undefined): Round {
  const published = disclose(counted, minGroup);
  const groups = {} as Round['groups'];
  for (const key of GROUPS) {
    if (!published.groups[key]) {
      groups[key] = suppressed();
      continue;
    }
    const group = counted[key];
    const questions = {} as Record<string, unknown>;
    CLOSED_ITEMS.forEach((item, i) => (questions[item.key] = published.items[i]![key] ? answersOf(group, i) : suppressed()));
    const comments = {} as Record<string, number | Suppressed>;
    COMMENT_FIELDS.forEach((field, f) => (comments[field.key] = published.comments[f]![key] ? group.comments[f]! : suppressed()));
    questions.comments = comments;
    const shown: Group = { responses: group.responses, questions: questions as Questions };
    const rate = rateOf(key, group.responses, population);
    if (rate !== undefined) shown.rate = rate;
    groups[key] = shown;
  }
  return { groups };
}

function checkOptions({ survey, compare, minGroup }: SummariseOptions): number {
  for (const [name, id] of [['survey', survey], ['compare', compare]] as const) {
    if ((name === 'survey' || id !== undefined) && (typeof id !== 'string' || !SURVEY_ID_PATTERN.test(id))) {
      throw new RangeError(`summarise: ${name} must be a survey id ([A-Za-z0-9._-]{1,64}), not ${JSON.stringify(id)}`);
    }
  }
  if (compare === survey) throw new RangeError('summarise: compare must be another round than survey');
  const min = minGroup ?? DEFAULT_MIN_GROUP;
  if (!Number.isInteger(min) || min < 1) throw new RangeError(`summarise: minGroup must be a whole number of at least 1, not ${minGroup}`);
  return min;
}

/**
 * The summary of `options.survey` (and `options.compare`) from validated responses; responses
 * of other rounds are ignored. Throws a RangeError for an invalid round id or minGroup.
 */
export function summarise(responses: readonly SurveyResponse[], options: SummariseOptions): Summary {
  const minGroup = checkOptions(options);
  const { survey, compare, population } = options;
  const rounds = compare === undefined ? [survey] : [survey, compare];
  const counted = tally(responses, rounds);
  const summary: Summary = { version: SUMMARY_VERSION, survey, minGroup, rounds: {} };
  if (compare !== undefined) summary.compare = compare;
  for (const round of rounds) summary.rounds[round] = roundOf(counted.get(round)!, minGroup, population?.[round]);
  if (compare !== undefined) summary.changes = changesBetween(summary.rounds[compare]!, summary.rounds[survey]!);
  return summary;
}
