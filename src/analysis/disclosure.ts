/**
 * What may be published from a round's tally (SPEC §13, "Small groups are never shown" and
 * "Disclosure holds against a motivated intruder"). The rules, as docs/results.md states them;
 * `n` is the threshold (`minGroup`, at least 5):
 *
 * 1. A group (all, Members, Officers) with fewer than n responses is hidden.
 * 2. Members and Officers are shown together or not at all.
 * 3. A question is hidden in a group that answered it fewer than n times, and then for the
 *    other group too (the pair rule, per question).
 * 4. A follow-up (asked only after one answer: "Did you report it?" and its comment box after
 *    Yes) is hidden wherever the question that reveals it is, and for Members and Officers
 *    wherever fewer than n of either were asked it.
 * 5. When a follow-up is hidden for Members and Officers while their numbers asked are shown,
 *    and one of those is 0, the total's is hidden too: it would be the other group's own.
 * 6. When a question is hidden for Members and Officers, the total's answers to it are hidden
 *    too if all of them but at most one fall on one option (for a comment box: if everyone
 *    asked, or all but one, wrote a comment). Otherwise the total would show that everyone in
 *    a hidden group gave the same answer; "but one" makes a hidden total say no such thing.
 * 7. When Members and Officers are shown but a question is hidden for them by rule 3, the
 *    total's answers to it are hidden too if, with the groups' sizes, the number who answered
 *    leaves only one possible number of Members who answered it.
 * 8. A comment box's count is shown with its group (a follow-up's as rule 4 says).
 *
 * A hidden figure looks the same whatever the reason (`{ suppressed: true }`). A zero in a
 * published total is published: nobody, in any group, chose that option. Pure.
 */
import { RESPONDENTS } from '../catalogue/questions.js';
import { sum } from '../internal/data.js';
import { askedAt, CLOSED_ITEMS, COMMENT_FIELDS, type AskedAfter } from './items.js';
import type { GroupKey } from './summary.js';
import type { RoundTally } from './tally.js';

/** Whether each group's figures may be published. */
export type Verdict = Record<GroupKey, boolean>;

export interface Disclosure {
  groups: Verdict;
  /** Per closed item, in CLOSED_ITEMS order. */
  items: Verdict[];
  /** Per comment field, in COMMENT_FIELDS order. */
  comments: Verdict[];
}

/** How many whole numbers lie from `low` to `high`. */
const span = (low: number, high: number) => Math.max(0, high - low + 1);

/**
 * Rule 7: how many numbers of Members who answered fit `answered` in all, at most `members`
 * of them and `officers` of the rest, with one group under `n` (rule 3 hid the question).
 */
function splitsOf(n: number, members: number, officers: number, answered: number): number {
  const low = Math.max(0, answered - officers);
  const high = Math.min(members, answered);
  const fewMembers = [low, Math.min(high, n - 1)] as const;
  const fewOfficers = [Math.max(low, answered - n + 1), high] as const;
  return span(...fewMembers) + span(...fewOfficers) - span(fewOfficers[0], fewMembers[1]);
}

export function disclose(tally: RoundTally, minGroup: number): Disclosure {
  const enough = (count: number) => count >= minGroup;
  const all = enough(tally.all.responses);
  const pair = all && RESPONDENTS.every((group) => enough(tally[group].responses)); // rules 1, 2
  const groups: Verdict = { all, member: pair, officer: pair };
  const items: Verdict[] = [];
  const asked = (group: GroupKey, after: AskedAfter) => {
    const [item, option] = askedAt(after);
    return tally[group].counts[item]![option]!;
  };

  /**
   * Rules 3–7 for an item or a comment box. `counts` gives a group's counts (for a comment box:
   * wrote, did not); `oneSided` says that only its first count unanimous matters (comments).
   */
  const verdict = (counts: (group: GroupKey) => readonly number[], after?: AskedAfter, oneSided = false): Verdict => {
    const parentShown = (group: GroupKey) => !after || items[askedAt(after)[0]]![group];
    const pairShown = pair && RESPONDENTS.every((group) => parentShown(group) && enough(sum(counts(group))));
    const total = counts('all');
    const answered = sum(total);
    const askedNone = !!after && RESPONDENTS.some((group) => parentShown(group) && asked(group, after) === 0); // rule 5
    const nearlyOne = answered - (oneSided ? total[0]! : Math.max(...total)) <= 1; // rule 6
    const oneSplit = !after && pair && splitsOf(minGroup, tally.member.responses, tally.officer.responses, answered) === 1; // rule 7
    const allShown = all && parentShown('all') && enough(answered) && (pairShown || !(askedNone || nearlyOne || oneSplit));
    return { all: allShown, member: pairShown, officer: pairShown };
  };

  // The catalogue lists a follow-up after the question that reveals it, so its verdict is known.
  CLOSED_ITEMS.forEach((item, i) => items.push(verdict((group) => tally[group].counts[i]!, item.askedAfter)));
  const comments = COMMENT_FIELDS.map((field, f) => {
    const wrote = (group: GroupKey) => {
      const count = tally[group].comments[f]!;
      return [count, (field.askedAfter ? asked(group, field.askedAfter) : tally[group].responses) - count];
    };
    // Rule 8: a comment box with no follow-up is shown with its group (all of it was asked, so
    // the pair's verdict is theirs), rule 6 for the total when the pair is hidden; rule 7 never
    // applies, as the box is hidden for Members and Officers only when they are hidden.
    return verdict(wrote, field.askedAfter, true);
  });
  return { groups, items, comments };
}
