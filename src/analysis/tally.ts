/**
 * Counting, in one pass over the responses: per round and group, the responses, each closed
 * question's answers per option, and the comments written in each free-text field; with
 * `firstSent`, each round's earliest `submittedAt` too. Nothing here decides what may be
 * published (that is `disclosure.ts`). Pure.
 *
 * It checks every field it reads (SPEC §13, "What summarise() is given") and stops at the
 * first response that is wrong, naming it: a repeated id, an unknown respondent, an answer
 * that is not one of its options (`"4"` is not 4), a follow-up given without the answer that
 * asks it, or missing when it was asked. Full validation is the schema's (`readResponses()`).
 */
import { QUESTIONS, RESPONDENTS } from '../catalogue/questions.js';
import { isRecord } from '../internal/data.js';
import type { SurveyResponse } from '../schema/response.js';
import { SURVEY_ID_PATTERN, UTC_TIME_PATTERN } from '../schema/values.js';
import { askedAt, CLOSED_ITEMS, COMMENT_FIELDS, type AskedAfter } from './items.js';
import type { GroupKey } from './summary.js';

export interface GroupTally {
  responses: number;
  /** counts[item][option], in CLOSED_ITEMS and option order. */
  counts: number[][];
  /** answered[item]: the sum of that item's counts. */
  answered: number[];
  /** comments[field], in COMMENT_FIELDS order. */
  comments: number[];
}

export type RoundTally = Record<GroupKey, GroupTally>;

export interface Tallies {
  rounds: Map<string, RoundTally>;
  /** Each counted round's earliest `submittedAt` (when asked for). */
  firstSent: Map<string, string>;
}

const emptyGroup = (): GroupTally => ({
  responses: 0,
  counts: CLOSED_ITEMS.map((item) => item.options.map(() => 0)),
  answered: CLOSED_ITEMS.map(() => 0),
  comments: COMMENT_FIELDS.map(() => 0),
});

/** The tally of a round nobody answered: every count 0. */
export const emptyRound = (): RoundTally => ({ all: emptyGroup(), member: emptyGroup(), officer: emptyGroup() });

// Option value → index, per item, made once; values as a response holds them (ratings as numbers).
const OPTION_INDEX = CLOSED_ITEMS.map((item) => new Map(item.values.map((value, i) => [value, i])));
/** Per item and comment field: the index of the item that asks it and the option that does, or -1. */
const askedBy = (after: AskedAfter | undefined) => (after ? askedAt(after) : [-1, -1]);
const ITEM_ASKED = CLOSED_ITEMS.map((item) => askedBy(item.askedAfter));
const FIELD_ASKED = COMMENT_FIELDS.map((field) => askedBy(field.askedAfter));

/** The questions whose answer is an object of fields (texts and follow-ups). */
const GROUPED_ANSWERS = QUESTIONS.flatMap((q) => (q.kind === 'texts' || q.kind === 'follow-up' ? [q.key] : []));

/** An item's or field's answer in a response: its key is its path (`issues.reported`). */
const reader = (key: string) => {
  const [question, field] = key.split('.') as [string, string | undefined];
  return (answers: Record<string, unknown>) => (field === undefined ? answers[question] : (answers[question] as Record<string, unknown> | undefined)?.[field]);
};
const ITEM_READ = CLOSED_ITEMS.map((item) => reader(item.key));
const FIELD_READ = COMMENT_FIELDS.map((field) => reader(field.key));
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** Thrown for the first response `summarise()` cannot count, naming it and what is wrong. */
export class ResponseError extends Error {
  override name = 'ResponseError';
}

function add(group: GroupTally, answers: Record<string, unknown>, fail: (problem: string) => never): void {
  group.responses++;
  for (const key of GROUPED_ANSWERS) if (answers[key] !== undefined && !isRecord(answers[key])) fail(`answers.${key} is not an object`);
  const chosen: number[] = [];
  for (let i = 0; i < CLOSED_ITEMS.length; i++) {
    const item = CLOSED_ITEMS[i]!;
    const value = ITEM_READ[i]!(answers);
    const [parent, reveal] = ITEM_ASKED[i]!;
    const asked = parent < 0 || chosen[parent] === reveal;
    if (value === undefined) {
      if (parent >= 0 && asked) fail(`${item.key} is missing, though ${item.askedAfter!.parent} is "${item.askedAfter!.option}"`);
      continue;
    }
    if (!asked) fail(`${item.key} is given, though ${item.askedAfter!.parent} is not "${item.askedAfter!.option}"`);
    const option = OPTION_INDEX[i]!.get(value as string | number);
    if (option === undefined) fail(`${item.key} is ${shown(value)}, not one of ${item.values.map(shown).join(', ')}`);
    chosen[i] = option;
    group.counts[i]![option]!++;
    group.answered[i]!++;
  }
  for (let f = 0; f < COMMENT_FIELDS.length; f++) {
    const text = FIELD_READ[f]!(answers);
    if (text === undefined) continue;
    if (typeof text !== 'string') fail(`${COMMENT_FIELDS[f]!.key} is ${shown(text)}, not a text`);
    const [parent, reveal] = FIELD_ASKED[f]!;
    if (parent >= 0 && chosen[parent] !== reveal) fail(`${COMMENT_FIELDS[f]!.key} is given, though ${COMMENT_FIELDS[f]!.askedAfter!.parent} is not "${COMMENT_FIELDS[f]!.askedAfter!.option}"`);
    if (text.trim() !== '') group.comments[f]!++;
  }
}

/** Two lists of counts added item by item. */
const addEach = (a: number[], b: number[]) => a.map((value, i) => value + b[i]!);

/**
 * The tallies of the rounds named in `rounds` (a round nobody answered has all counts 0), or,
 * without that list, of every round found in the responses.
 * Throws a ResponseError for the first response it cannot count.
 */
export function tally(responses: readonly SurveyResponse[], rounds?: readonly string[], firstSent = false): Tallies {
  const byRound = new Map<string, Pick<RoundTally, 'member' | 'officer'>>();
  for (const round of rounds ?? []) byRound.set(round, { member: emptyGroup(), officer: emptyGroup() });
  const first = new Map<string, string>();
  const ids = new Set<unknown>();
  responses.forEach((response: unknown, index) => {
    const fail: (problem: string) => never = (problem) => {
      const id = isRecord(response) && typeof response.id === 'string' ? ` (id ${JSON.stringify(response.id)})` : '';
      throw new ResponseError(`summarise: response ${index + 1}${id}: ${problem}. Check responses with readResponses() or the response schema first.`);
    };
    if (!isRecord(response)) fail('not an object');
    const { survey, respondent, answers, id, submittedAt } = response;
    if (typeof survey !== 'string') fail(`survey is ${shown(survey)}, not a round id`);
    let groups = byRound.get(survey);
    if (!groups) {
      if (rounds) return; // a round not summarised: nothing else of it is read
      if (!SURVEY_ID_PATTERN.test(survey)) fail(`survey is ${shown(survey)}, not a round id`);
      byRound.set(survey, (groups = { member: emptyGroup(), officer: emptyGroup() }));
    }
    if (typeof id !== 'string') fail(`id is ${shown(id)}, not a text`);
    if (ids.has(id)) fail('its id was counted already (a response sent twice is counted once: leave out repeats first)');
    ids.add(id);
    if (!(RESPONDENTS as readonly unknown[]).includes(respondent)) fail(`respondent is ${shown(respondent)}, not one of ${RESPONDENTS.map(shown).join(', ')}`);
    if (!isRecord(answers)) fail('answers is not an object');
    if (firstSent) {
      if (typeof submittedAt !== 'string' || !UTC_TIME_PATTERN.test(submittedAt)) fail(`submittedAt is ${shown(submittedAt)}, not a UTC time`);
      const earliest = first.get(survey);
      if (earliest === undefined || Date.parse(submittedAt) < Date.parse(earliest)) first.set(survey, submittedAt);
    }
    add(groups[respondent as keyof typeof groups], answers, fail);
  });
  const result = new Map<string, RoundTally>();
  for (const [round, { member, officer }] of byRound) {
    // Everyone is a Member or an Officer, so the whole round is the two added together.
    const all: GroupTally = {
      responses: member.responses + officer.responses,
      counts: member.counts.map((counts, i) => addEach(counts, officer.counts[i]!)),
      answered: addEach(member.answered, officer.answered),
      comments: addEach(member.comments, officer.comments),
    };
    result.set(round, { all, member, officer });
  }
  return { rounds: result, firstSent: first };
}
