// A motivated intruder's audit of a published summary (SPEC §13, "Disclosure holds"): for
// every hidden count, the smallest and largest value it can take given everything published,
// what every summary obeys and the suppression rules themselves (docs/results.md, read as the
// intruder would read them: RULES below). Integer bounds, not only equations. It reports
//   - a hidden count pinned to one value above zero ("… = 9"), and
//   - a hidden group whose answers to a question are certain to be all the same, whenever two
//     or more of it answered ("… every answer the same"; for a comment box, everyone wrote).
// A zero pinned by a published zero is not reported: a total's 0 says nobody chose it.
//
// What every summary obeys: the total is Members plus Officers, count by count; a question's
// counts add up to those who answered it, which are at most the group's responses; a
// follow-up ("Did you report it?") is answered by exactly those who gave the revealing answer
// (the schema requires it), and its comment box is written by at most them; any question may
// be left unanswered (the wire format allows it). Good or very good is Good plus Very good.
//
// How: a round's figures fall into families — a question with its follow-ups and their
// comment box, or a comment box of its own — linked only through the groups' sizes. For each
// family the audit runs through every possible value of the few numbers the rules look at
// (how many Members answered, how many gave the revealing answer, a hidden total's counts)
// and keeps those under which the rules would hide and show exactly what was hidden and
// shown. Within one such case a group's counts, knowing only their sum and the total's counts,
// range independently between the Fréchet bounds max(0, s − (a − tₓ)) and min(tₓ, s), every
// integer between them reachable. When no case fits, the rules as written do not explain the
// summary, and that is reported too: the docs and the code disagree.
import { CLOSED_ITEMS, COMMENT_FIELDS, GOOD, isSuppressed } from '../../dist/analysis.js';

/** The rules of docs/results.md, as predicates on the numbers they read. */
const RULES = {
  /** Rules 1–2: Members and Officers are shown when each has at least n responses. */
  pairGroups: (n, rm, ro) => rm >= n && ro >= n,
  /** Rule 3: a question is shown for Members and Officers when each answered it n times. */
  pairItem: (n, pairGroups, sm, so) => pairGroups && sm >= n && so >= n,
  /** Rules 3, 6, 7: the total's answers to a question that reveals nothing else. */
  totalItem: (n, { pairGroups, pairShown, t, rm, ro }) =>
    sum(t) >= n && !(!pairShown && nearlyAllOne(t)) && !(pairGroups && !pairShown && onlyOneSplit(n, rm, ro, sum(t))),
  /** Rule 4: a follow-up (or its comment box) for Members and Officers. */
  pairFollowUp: (n, pairParent, askedM, askedO) => pairParent && askedM >= n && askedO >= n,
  /** Rules 4–6: the total's answers to a follow-up, `t` its counts (for a comment `box`: wrote, did not). */
  totalFollowUp: (n, { totalParent, pairParent, pairShown, askedM, askedO, t, box = false }) =>
    totalParent &&
    sum(t) >= n &&
    !(!pairShown && pairParent && (askedM === 0 || askedO === 0)) &&
    !(!pairShown && (box ? sum(t) - t[0] <= 1 : nearlyAllOne(t))),
  /** Rules 6, 8: a comment box of its own, shown with its group; `t` is (wrote, did not). */
  totalComments: (n, { pairShown, t }) => sum(t) >= n && !(!pairShown && t[0] >= sum(t) - 1),
};

const sum = (list) => list.reduce((total, x) => total + x, 0);
const range = (from, to) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Rule 6: all answers but at most one fall on one option. */
const nearlyAllOne = (t) => sum(t) - Math.max(0, ...t) <= 1;

/**
 * Rule 7: with the groups' sizes shown and a question hidden for them because one group
 * answered it fewer than n times, the total who answered leaves one split only.
 */
function onlyOneSplit(n, rm, ro, answered) {
  return range(Math.max(0, answered - ro), Math.min(rm, answered)).filter((m) => m < n || answered - m < n).length === 1;
}

/** Fréchet bounds of a group's counts: `s` of the totals `t`, 0 ≤ gₓ ≤ tₓ. */
const frechet = (t, s) => t.map((tx) => [Math.max(0, s - (sum(t) - tx)), Math.min(tx, s)]);

/** Every way to share `total` among `k` options (only used for small totals). */
function* splits(total, k) {
  if (k === 1) {
    yield [total];
    return;
  }
  for (let first = 0; first <= total; first++) for (const rest of splits(total - first, k - 1)) yield [first, ...rest];
}

const answersOf = (group, item) => {
  if (isSuppressed(group)) return undefined;
  const answers = group.questions[item.key];
  return isSuppressed(answers) ? undefined : answers;
};
const countsOf = (answers, item) => item.options.map((code) => answers.options[code].count);
const commentsOf = (group, field) => {
  const value = isSuppressed(group) ? undefined : group.questions.comments[field.key];
  return typeof value === 'number' ? value : undefined;
};

/** Bounds and sameness gathered over every case that fits, for the hidden figures of a round. */
class Knowledge {
  bounds = new Map();
  answered = new Map();

  /** A hidden count lies in [low, high] in one case. */
  count(key, low, high) {
    const known = this.bounds.get(key);
    if (!known) this.bounds.set(key, [low, high]);
    else this.bounds.set(key, [Math.min(known[0], low), Math.max(known[1], high)]);
  }

  /** A hidden group's counts in one case: `s` answered; `mixed` when they may differ. */
  group(key, s, mixed) {
    const known = this.answered.get(key) ?? { several: false, mixed: false };
    if (s >= 2) {
      known.several = true;
      if (mixed) known.mixed = true;
    }
    this.answered.set(key, known);
  }

  /**
   * A hidden group's counts of a question, `s` of the totals `t` (codes in order), in one case;
   * `s` itself is hidden unless `asked` says it is published (a follow-up's number asked).
   */
  shares(prefix, codes, t, s, asked = false) {
    const bounds = frechet(t, s);
    codes.forEach((code, i) => this.count(`${prefix}|${code}`, ...bounds[i]));
    if (!asked) this.count(`${prefix}|answered`, s, s);
    this.group(prefix, s, !bounds.some(([low]) => low === s));
    if (prefix.endsWith(`|${GOOD.item}`)) {
      const good = codes.map((code) => GOOD.options.includes(code));
      const merged = [sum(t.filter((_, i) => good[i])), sum(t.filter((_, i) => !good[i]))];
      this.count(`${prefix}|good`, ...frechet(merged, s)[0]);
    }
  }

  findings(round) {
    const found = [];
    for (const [key, [low, high]] of this.bounds) if (low === high && low > 0) found.push(`${round}|${key} = ${low}`);
    for (const [key, { several, mixed }] of this.answered) if (several && !mixed) found.push(`${round}|${key}: every answer the same`);
    return found;
  }
}

/** The findings for one round of a summary. */
function auditRound(id, round, n) {
  const found = [];
  const report = (text) => found.push(`${id}|${text}`);
  const { all, member, officer } = round.groups;
  const pairGroups = !isSuppressed(member);
  if (pairGroups === isSuppressed(officer)) return [`${id}: Members and Officers are not hidden together`];
  if (isSuppressed(all)) return pairGroups ? [`${id}: a group is shown while the total is hidden`] : [];
  const rt = all.responses;
  if (pairGroups && member.responses + officer.responses !== rt) return [`${id}: the groups do not add up to the total`];
  // Members' possible sizes: the one shown, or any the pair rule would hide.
  const sizes = pairGroups ? [member.responses] : range(0, rt).filter((r) => !RULES.pairGroups(n, r, rt - r));
  const [rm, ro] = pairGroups ? [member.responses, officer.responses] : [undefined, undefined];
  const fits = (s, a) => sizes.some((r) => s <= r && a - s <= rt - r);
  const known = new Knowledge();
  if (!pairGroups) {
    known.count('member|responses', Math.min(...sizes), Math.max(...sizes));
    known.count('officer|responses', rt - Math.max(...sizes), rt - Math.min(...sizes));
  }

  // Whether the rules' verdict `predicted` matches what was published. When no case fits (the
  // code broke the rules), `strict` goes off: what is shown is taken as it is, and what is
  // hidden is still taken to be hidden by the rules.
  let strict = true;
  const agrees = (predicted, shown) => (!strict && shown) || predicted === shown;

  for (const parent of CLOSED_ITEMS.filter((item) => !item.askedAfter)) {
    const followUps = CLOSED_ITEMS.filter((item) => item.askedAfter?.parent === parent.key);
    const boxes = COMMENT_FIELDS.filter((field) => field.askedAfter?.parent === parent.key);
    const [ta, ma, oa] = [all, member, officer].map((group) => answersOf(group, parent));
    if (!ma !== !oa) return [`${id}|${parent.key}: Members and Officers are not hidden together`];
    if (!ta) {
      if (ma) report(`all|${parent.key}: hidden, but Members plus Officers give it`);
      // Nothing of the family is published: every count can be 0, and two people can differ
      // while the total stays under n. Unless something of it is shown after all.
      const shown = [...followUps.flatMap((f) => [all, member, officer].map((g) => answersOf(g, f))), ...boxes.flatMap((b) => [all, member, officer].map((g) => commentsOf(g, b)))];
      if (shown.some((x) => x !== undefined)) report(`${parent.key}: a follow-up is shown where its question is hidden`);
      continue;
    }
    const t = countsOf(ta, parent);
    const a = sum(t);
    const reveal = parent.options.indexOf((followUps[0] ?? boxes[0])?.askedAfter.option);
    const pairShown = !!ma;
    const parentFacts = (y) => ({ totalParent: true, pairParent: pairShown, askedM: y, askedO: t[reveal] - y });

    /** A follow-up's possible hidden counts when `y` Members gave the revealing answer; null if none fit. */
    const followUpCase = (item, y) => {
      const facts = parentFacts(y);
      const [tf, mf] = [all, member].map((group) => answersOf(group, item));
      if (!mf !== !answersOf(officer, item)) return null;
      if (!agrees(RULES.pairFollowUp(n, pairShown, facts.askedM, facts.askedO), !!mf)) return null;
      if (mf) return tf ? [] : [() => report(`all|${item.key}: hidden, but Members plus Officers give it`)];
      const totalShown = (c) => RULES.totalFollowUp(n, { ...facts, pairShown: false, t: c });
      const totals = (tf ? [countsOf(tf, item)] : [...splits(t[reveal], item.options.length)]).filter((c) => agrees(totalShown(c), !!tf));
      if (!totals.length) return null;
      return totals.map((c) => (k) => {
        k.shares(`member|${item.key}`, item.options, c, facts.askedM, pairShown);
        k.shares(`officer|${item.key}`, item.options, c, facts.askedO, pairShown);
        if (!tf) {
          item.options.forEach((code, i) => k.count(`all|${item.key}|${code}`, c[i], c[i]));
          k.group(`all|${item.key}`, sum(c), c.filter((x) => x > 0).length > 1);
        }
      });
    };

    /** A follow-up's comment box, as a question with the options wrote / did not. */
    const boxCase = (field, y) => {
      const facts = parentFacts(y);
      const [tk, mk] = [all, member].map((group) => commentsOf(group, field));
      if ((mk === undefined) !== (commentsOf(officer, field) === undefined)) return null;
      if (!agrees(RULES.pairFollowUp(n, pairShown, facts.askedM, facts.askedO), mk !== undefined)) return null;
      if (mk !== undefined) return tk !== undefined ? [] : [() => report(`all|${field.key}: hidden, but Members plus Officers give it`)];
      const asked = t[reveal];
      const totalShown = (k) => RULES.totalFollowUp(n, { ...facts, pairShown: false, t: [k, asked - k], box: true });
      const wrote = (tk !== undefined ? [tk] : range(0, asked)).filter((k) => agrees(totalShown(k), tk !== undefined));
      if (!wrote.length) return null;
      return wrote.map((k) => (knowledge) => {
        for (const [group, groupAsked] of [['member', facts.askedM], ['officer', facts.askedO]]) {
          for (const mine of range(Math.max(0, k - (asked - groupAsked)), Math.min(k, groupAsked))) {
            knowledge.count(`${group}|${field.key}`, mine, mine);
            knowledge.group(`${group}|${field.key}`, groupAsked, mine < groupAsked);
          }
        }
        if (tk === undefined) {
          knowledge.count(`all|${field.key}`, k, k);
          knowledge.group(`all|${field.key}`, asked, k < asked);
        }
      });
    };

    /** Records every case of the family that fits; false when none does. */
    const gather = () => {
      if (!agrees(RULES.totalItem(n, { pairGroups, pairShown, t, rm, ro }), true)) return false;
      // The cases: how many Members answered (s) and gave the revealing answer (y).
      const cases = [];
      if (pairShown) {
        if (agrees(RULES.pairItem(n, pairGroups, ma.answered, oa.answered), true)) cases.push({ s: ma.answered, y: reveal < 0 ? 0 : countsOf(ma, parent)[reveal] });
      } else {
        for (const s of range(0, a)) {
          if (!fits(s, a) || !agrees(RULES.pairItem(n, pairGroups, s, a - s), false)) continue;
          if (reveal < 0) cases.push({ s, y: 0 });
          else for (const y of range(...frechet(t, s)[reveal])) cases.push({ s, y });
        }
      }
      const followUpCases = new Map();
      let fitted = false;
      for (const { s, y } of cases) {
        if (reveal >= 0 && !followUpCases.has(y)) followUpCases.set(y, [...followUps.map((f) => followUpCase(f, y)), ...boxes.map((b) => boxCase(b, y))]);
        const parts = reveal < 0 ? [] : followUpCases.get(y);
        if (parts.some((part) => part === null)) continue;
        fitted = true;
        if (!pairShown) {
          if (reveal < 0) {
            known.shares(`member|${parent.key}`, parent.options, t, s);
            known.shares(`officer|${parent.key}`, parent.options, t, a - s);
          } else {
            // The revealing answer is fixed in this case; the rest share what is left.
            const rest = parent.options.filter((_, i) => i !== reveal);
            const restT = t.filter((_, i) => i !== reveal);
            for (const [group, answered, yes] of [['member', s, y], ['officer', a - s, t[reveal] - y]]) {
              const prefix = `${group}|${parent.key}`;
              const bounds = frechet(restT, answered - yes);
              rest.forEach((code, i) => known.count(`${prefix}|${code}`, ...bounds[i]));
              known.count(`${prefix}|${parent.options[reveal]}`, yes, yes);
              known.count(`${prefix}|answered`, answered, answered);
              const same = yes === answered || (yes === 0 && bounds.some(([low]) => low === answered));
              known.group(prefix, answered, !same);
            }
          }
        }
        for (const part of parts) for (const record of part) record(known);
      }
      return fitted;
    };
    if (!gather()) {
      report(`${parent.key}: no case fits the rules as written`);
      strict = false;
      gather();
      strict = true;
    }
  }

  // Comment boxes of their own: shown with their group (rule 8); the total's by rule 6.
  for (const field of COMMENT_FIELDS.filter((f) => !f.askedAfter)) {
    const [tk, mk, ok] = [all, member, officer].map((group) => commentsOf(group, field));
    if ((mk !== undefined) !== pairGroups || (ok !== undefined) !== pairGroups) {
      report(`${field.key}: comments not shown with their group`);
      continue;
    }
    if (pairGroups) {
      if (tk === undefined) report(`all|${field.key}: hidden, but Members plus Officers give it`);
      continue;
    }
    let wrote = (tk !== undefined ? [tk] : range(0, rt)).filter((k) => RULES.totalComments(n, { pairShown: false, t: [k, rt - k] }) === (tk !== undefined));
    if (!wrote.length) {
      report(`${field.key}: no case fits the rules as written`);
      wrote = tk !== undefined ? [tk] : range(0, rt);
    }
    for (const k of wrote) {
      for (const r of sizes) {
        for (const mine of range(Math.max(0, k - (rt - r)), Math.min(k, r))) {
          known.count(`member|${field.key}`, mine, mine);
          known.count(`officer|${field.key}`, k - mine, k - mine);
          known.group(`member|${field.key}`, r, mine < r);
          known.group(`officer|${field.key}`, rt - r, k - mine < rt - r);
        }
      }
      if (tk === undefined) {
        known.count(`all|${field.key}`, k, k);
        known.group(`all|${field.key}`, rt, k < rt);
      }
    }
  }
  return [...found, ...known.findings(id)];
}

/** Every finding about a summary's hidden figures: none means the intruder learns nothing the rules allow. */
export function audit(summary) {
  return Object.entries(summary.rounds).flatMap(([id, round]) => auditRound(id, round, summary.minGroup));
}
