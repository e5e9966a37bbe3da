/**
 * What may be published from a round's tally (SPEC §13, "Small groups are never shown"). The
 * rules, in order; `n` is the threshold (`minGroup`):
 *
 * 1. A group (all, Members, Officers) with fewer than n responses is suppressed.
 * 2. Members and Officers are shown together or not at all: if either is suppressed, both are
 *    (the total still shows), so the total minus one group never gives the other.
 * 3. A question is suppressed in a group that answered it fewer than n times; for Members and
 *    Officers the pair rule applies per question, so the total's answers minus one group's
 *    never give the other's.
 * 4. A follow-up (asked only after one answer, e.g. "Did you report it?" after Yes) is
 *    suppressed wherever the question that reveals it is, and its comment count is treated as
 *    the follow-up itself is: published only where at least n in each group were asked it.
 * 5. When a follow-up is suppressed for Members and Officers while their numbers asked are
 *    published (the revealing answer's count) and one of those is 0, the total's follow-up is
 *    suppressed too: the total would then be the other group's own figures.
 * 6. Free-text comment counts of a group are published with the group (rule 4 for follow-ups).
 *
 * Suppressed cells look the same whatever the reason (`{ suppressed: true }`), and rates are
 * given only for published groups. Not prevented (as by any published total): a total where
 * everyone gave the same answer (0% or 100%) says every group did too. Pure.
 */
import { RESPONDENTS } from '../catalogue/questions.js';
import { CLOSED_ITEMS, COMMENT_FIELDS, type AskedAfter } from './items.js';
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

const ITEM_INDEX = new Map(CLOSED_ITEMS.map((item, i) => [item.key, i]));

/** Where a follow-up's askers are counted: the revealing item and its option. */
function revealing(after: AskedAfter) {
  const item = ITEM_INDEX.get(after.parent)!;
  return { item, option: CLOSED_ITEMS[item]!.options.indexOf(after.option) };
}

export function disclose(tally: RoundTally, minGroup: number): Disclosure {
  const enough = (count: number) => count >= minGroup;
  const all = enough(tally.all.responses);
  const pair = all && RESPONDENTS.every((group) => enough(tally[group].responses)); // rules 1, 2
  const groups: Verdict = { all, member: pair, officer: pair };
  const items: Verdict[] = [];

  /** Rules 3–5 for one item or field: `size` is how many answered (or were asked) in a group. */
  const verdict = (size: (group: GroupKey) => number, after?: AskedAfter): Verdict => {
    const reveal = after && revealing(after);
    const parentShown = (group: GroupKey) => !reveal || items[reveal.item]![group];
    const pairShown = pair && RESPONDENTS.every((group) => parentShown(group) && enough(size(group)));
    const emptyKnown = !!reveal && RESPONDENTS.some((group) => parentShown(group) && tally[group].counts[reveal.item]![reveal.option] === 0);
    const allShown = all && parentShown('all') && enough(size('all')) && !(emptyKnown && !pairShown);
    return { all: allShown, member: pairShown, officer: pairShown };
  };

  // The catalogue lists a follow-up after the question that reveals it, so its verdict is known.
  CLOSED_ITEMS.forEach((item, i) => items.push(verdict((group) => tally[group].answered[i]!, item.askedAfter)));
  const comments = COMMENT_FIELDS.map((field) => {
    if (!field.askedAfter) return { ...groups };
    const reveal = revealing(field.askedAfter);
    return verdict((group) => tally[group].counts[reveal.item]![reveal.option]!, field.askedAfter);
  });
  return { groups, items, comments };
}
