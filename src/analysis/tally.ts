/**
 * Counting, in one pass over the responses: per round and group, the responses, each closed
 * question's answers per option, and the comments written in each free-text field. Nothing
 * here decides what may be published (that is `disclosure.ts`). Pure.
 */
import { RESPONDENTS } from '../catalogue/questions.js';
import type { SurveyResponse } from '../schema/response.js';
import { CLOSED_ITEMS, COMMENT_FIELDS } from './items.js';
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

const emptyGroup = (): GroupTally => ({
  responses: 0,
  counts: CLOSED_ITEMS.map((item) => item.options.map(() => 0)),
  answered: CLOSED_ITEMS.map(() => 0),
  comments: COMMENT_FIELDS.map(() => 0),
});

// Option code → index, per item, made once.
const OPTION_INDEX = CLOSED_ITEMS.map((item) => new Map(item.options.map((code, i) => [code, i])));

function add(group: GroupTally, response: SurveyResponse) {
  group.responses++;
  const answers = response.answers;
  for (let i = 0; i < CLOSED_ITEMS.length; i++) {
    const value = CLOSED_ITEMS[i]!.read(answers);
    if (value === undefined) continue;
    // A code the catalogue does not know is not an answer (a validated response has none).
    const option = OPTION_INDEX[i]!.get(String(value));
    if (option === undefined) continue;
    group.counts[i]![option]!++;
    group.answered[i]!++;
  }
  for (let f = 0; f < COMMENT_FIELDS.length; f++) {
    const text = COMMENT_FIELDS[f]!.read(answers);
    if (typeof text === 'string' && text.trim() !== '') group.comments[f]!++;
  }
}

const sum = (a: number[], b: number[]) => a.map((value, i) => value + b[i]!);

/** The tallies of the given rounds (a round nobody answered has all counts 0). */
export function tally(responses: readonly SurveyResponse[], rounds: readonly string[]): Map<string, RoundTally> {
  const byRound = new Map<string, Pick<RoundTally, 'member' | 'officer'>>();
  for (const round of rounds) byRound.set(round, { member: emptyGroup(), officer: emptyGroup() });
  for (const response of responses) {
    const groups = byRound.get(response.survey);
    if (!groups || !(RESPONDENTS as readonly string[]).includes(response.respondent)) continue;
    add(groups[response.respondent], response);
  }
  const result = new Map<string, RoundTally>();
  for (const [round, { member, officer }] of byRound) {
    // Everyone is a Member or an Officer, so the whole round is the two added together.
    const all: GroupTally = {
      responses: member.responses + officer.responses,
      counts: member.counts.map((counts, i) => sum(counts, officer.counts[i]!)),
      answered: sum(member.answered, officer.answered),
      comments: sum(member.comments, officer.comments),
    };
    result.set(round, { all, member, officer });
  }
  return result;
}
