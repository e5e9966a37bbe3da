// An auditor for a published summary: what could someone work out about a hidden figure from
// the published ones alone? It knows the relations every summary obeys:
//   - the whole round is Members plus Officers, for every count;
//   - a question's answers add up to the number who answered it, and Good or very good is
//     Good plus Very good;
//   - the number asked a follow-up is the published count of the answer that reveals it;
//   - a group with no answers to a question gave none of its options (zero rule, within a group).
// It solves whatever those relations pin down, one unknown at a time, and reports every
// hidden figure found that way. Not reported: a total of 0 in an option, which says every
// group's is 0 (disclosure by an all-or-nothing total, accepted by design; see disclosure.ts).
import { CLOSED_ITEMS, COMMENT_FIELDS, GOOD, GROUPS, isSuppressed } from '../../dist/analysis.js';

/** The cells of one round: `group|metric` → number, or undefined when hidden. */
function cellsOf(round) {
  const cells = new Map();
  for (const group of GROUPS) {
    const shown = round.groups[group];
    const get = (fn) => (isSuppressed(shown) ? undefined : fn(shown));
    cells.set(`${group}|responses`, get((g) => g.responses));
    for (const item of CLOSED_ITEMS) {
      const answers = get((g) => g.questions[item.key]);
      const open = answers && !isSuppressed(answers);
      cells.set(`${group}|${item.key}|answered`, open ? answers.answered : undefined);
      for (const code of item.options) cells.set(`${group}|${item.key}|${code}`, open ? answers.options[code].count : undefined);
      if (item.key === GOOD.item) cells.set(`${group}|good`, open ? answers.good.count : undefined);
    }
    for (const field of COMMENT_FIELDS) {
      const value = get((g) => g.questions.comments[field.key]);
      cells.set(`${group}|comments|${field.key}`, typeof value === 'number' ? value : undefined);
    }
  }
  return cells;
}

/** Relations `total = sum of parts`; `within` marks those inside one group (zero rule). */
function relationsOf(cells) {
  const relations = [];
  const metrics = [...cells.keys()].filter((key) => key.startsWith('all|')).map((key) => key.slice(4));
  for (const metric of metrics) relations.push({ total: `all|${metric}`, parts: [`member|${metric}`, `officer|${metric}`] });
  for (const group of GROUPS) {
    for (const item of CLOSED_ITEMS) {
      relations.push({ total: `${group}|${item.key}|answered`, parts: item.options.map((code) => `${group}|${item.key}|${code}`), within: true });
    }
    relations.push({ total: `${group}|good`, parts: GOOD.options.map((code) => `${group}|${GOOD.item}|${code}`), within: true });
  }
  return relations;
}

/** Hidden cells that the published ones determine, as `round|group|metric = value`. */
export function audit(summary) {
  const found = [];
  for (const [round, data] of Object.entries(summary.rounds)) {
    const cells = cellsOf(data);
    const known = new Map([...cells].filter(([, value]) => value !== undefined));
    // The number asked a follow-up is public wherever the revealing answer's count is.
    for (const group of GROUPS) {
      for (const item of CLOSED_ITEMS.filter((i) => i.askedAfter)) {
        const reveal = known.get(`${group}|${item.askedAfter.parent}|${item.askedAfter.option}`);
        if (reveal !== undefined && !known.has(`${group}|${item.key}|answered`)) known.set(`${group}|${item.key}|answered`, reveal);
      }
    }
    const relations = relationsOf(cells);
    let changed = true;
    while (changed) {
      changed = false;
      for (const { total, parts, within } of relations) {
        const unknown = [total, ...parts].filter((key) => !known.has(key));
        if (unknown.length === 0) continue;
        if (unknown.length === 1) {
          const [key] = unknown;
          const sum = parts.filter((p) => p !== key).reduce((s, p) => s + known.get(p), 0);
          const value = key === total ? sum : known.get(total) - sum;
          known.set(key, value);
          found.push(`${round}|${key} = ${value}`);
          changed = true;
        } else if (within && known.has(total) && known.get(total) - parts.filter((p) => known.has(p)).reduce((s, p) => s + known.get(p), 0) === 0) {
          for (const key of unknown) known.set(key, 0);
          changed = true;
        }
      }
    }
  }
  return found;
}
