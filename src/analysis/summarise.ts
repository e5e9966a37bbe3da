/**
 * `summarise(responses, options)`: the committee's summary of one round, and of the round it is
 * compared with (SPEC §13). Counts (`tally.ts`, which checks every field it reads), decides what
 * may be published (`disclosure.ts`), then writes only that: shares with 95% Wilson intervals,
 * health's mean and Good or very good, comment counts, response rates, the rounds' titles and
 * dates from the rounds file, the changes between rounds (`changes.ts`) and, when asked, every
 * round so far (`trend.ts`). Anything not published is `{ suppressed: true }`. Pure: runs in
 * Node and the browser; the receiver makes the summary so the browser never sees a hidden figure.
 */
import { isRecord } from '../internal/data.js';
import type { SurveyResponse } from '../schema/response.js';
import { SURVEY_ID_PATTERN } from '../schema/values.js';
import { changesBetween } from './changes.js';
import { isPopulation, roundsFileEntry, type RoundsFile } from './rounds-file.js';
import { disclose } from './disclosure.js';
import { figure } from './intervals.js';
import { CLOSED_ITEMS, COMMENT_FIELDS } from './items.js';
import { GOOD, measureCount } from './measures.js';
import {
  DEFAULT_MIN_GROUP,
  GROUPS,
  LEAST_MIN_GROUP,
  SUMMARY_VERSION,
  type Answers,
  type Figure,
  type Group,
  type GroupKey,
  type Questions,
  type Round,
  type RoundDetails,
  type Summary,
  type Suppressed,
} from './summary.js';
import { emptyRound, tally, type GroupTally, type RoundTally } from './tally.js';
import { trendOf, trendRounds } from './trend.js';

export type { RoundsFile, RoundsFileEntry } from './rounds-file.js';

/** How many Members and Officers were asked, per round: gives response rates. */
export type Population = Record<string, { member: number; officer: number }>;

export interface SummariseOptions {
  /** The round to summarise, e.g. `2026-spring`. */
  survey: string;
  /** The round to compare it with, e.g. `2025-autumn`. */
  compare?: string;
  /** The fewest answers a group or question may be shown with (default 10, at least 5). */
  minGroup?: number;
  /** Numbers asked, per round; a round not here takes the rounds file's `population`. */
  population?: Population;
  /** The rounds file: each round summarised carries its title, opens, closes and access. */
  rounds?: RoundsFile;
  /** Adds `trend` and `trendRounds`: every round found up to and including `survey` (at most TREND_ROUNDS, 12). */
  trend?: boolean;
}

const suppressed = (): Suppressed => ({ suppressed: true });

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
    answers.good = figure(measureCount(answers, GOOD), answered);
  }
  return answers;
}

function rateOf(group: GroupKey, responses: number, population: Population[string] | undefined): number | undefined {
  if (!population) return undefined;
  const asked = group === 'all' ? population.member + population.officer : population[group];
  return Number.isFinite(asked) && asked > 0 ? responses / asked : undefined;
}

function roundOf(counted: RoundTally, minGroup: number, population: Population[string] | undefined, details: RoundDetails): Round {
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
  return { ...details, groups };
}

/** What the rounds file says of `id` (its checked details and population). */
const detailsOf = (rounds: RoundsFile | undefined, id: string) => roundsFileEntry(rounds, id, 'summarise: ');

function checkOptions({ survey, compare, minGroup, population, rounds }: SummariseOptions): number {
  for (const [name, id] of [['survey', survey], ['compare', compare]] as const) {
    if ((name === 'survey' || id !== undefined) && (typeof id !== 'string' || !SURVEY_ID_PATTERN.test(id))) {
      throw new RangeError(`summarise: ${name} must be a survey id ([A-Za-z0-9._-]{1,64}), not ${JSON.stringify(id)}`);
    }
  }
  if (compare === survey) throw new RangeError('summarise: compare must be another round than survey');
  const min = minGroup ?? DEFAULT_MIN_GROUP;
  if (!Number.isInteger(min) || min < LEAST_MIN_GROUP) {
    throw new RangeError(`summarise: minGroup must be a whole number of at least ${LEAST_MIN_GROUP}, not ${minGroup}`);
  }
  if (rounds !== undefined && !isRecord(rounds)) throw new RangeError('summarise: rounds must be the rounds file’s object (SPEC §15)');
  if (population !== undefined && !isRecord(population)) throw new RangeError('summarise: population must be an object: round → { member, officer }');
  for (const [round, counts] of Object.entries(population ?? {})) {
    if (!isPopulation(counts)) throw new RangeError(`summarise: population["${round}"] must be an object with whole numbers member and officer`);
  }
  return min;
}

/**
 * The summary of `options.survey` (and `options.compare`, and with `trend` every round so far)
 * from validated responses; responses of other rounds are ignored. Throws a RangeError for a bad
 * option, and a ResponseError naming the first response whose fields it cannot count.
 */
export function summarise(responses: readonly SurveyResponse[], options: SummariseOptions): Summary {
  const minGroup = checkOptions(options);
  const { survey, compare, population, rounds, trend } = options;
  const named = compare === undefined ? [survey] : [survey, compare];
  const counted = tally(responses, trend ? undefined : named, trend);
  const summarised = new Map<string, Round>();
  const roundFor = (id: string) => {
    let round = summarised.get(id);
    if (!round) {
      const { details, population: filed } = detailsOf(rounds, id);
      const counts = counted.rounds.get(id) ?? emptyRound();
      summarised.set(id, (round = roundOf(counts, minGroup, population?.[id] ?? filed, details)));
    }
    return round;
  };
  const summary: Summary = { version: SUMMARY_VERSION, survey, minGroup, rounds: {} };
  if (compare !== undefined) summary.compare = compare;
  for (const id of named) summary.rounds[id] = roundFor(id);
  if (compare !== undefined) summary.changes = changesBetween(summary.rounds[compare]!, summary.rounds[survey]!);
  if (trend) {
    const found = new Map([...counted.rounds.keys()].map((id) => [id, detailsOf(rounds, id).details.opens ?? counted.firstSent.get(id)]));
    if (!found.has(survey)) found.set(survey, detailsOf(rounds, survey).details.opens);
    const ids = trendRounds(found, survey);
    const shown = ids.map((id) => [id, roundFor(id)] as const);
    summary.trend = trendOf(shown);
    summary.trendRounds = shown.map(([id, { groups: _, ...details }]) => ({ survey: id, ...details }));
  }
  return summary;
}
