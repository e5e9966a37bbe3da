// Properties of every summary, over generated rounds with groups of any size from 0 and
// thresholds from 5 to 15 (test/helpers/analysis-data.mjs): it is valid; counts add up; every
// option is there; a suppressed entry is exactly { suppressed: true }; the intruder's audit by
// integer bounds finds nothing over 3,000 rounds (test/helpers/disclosure-audit.mjs); no free
// text leaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CLOSED_ITEMS, COMMENT_FIELDS, GROUPS, isSummary, summarise, summarySchema } from '../../dist/analysis.js';
import { responseSchema } from '../../dist/schema.js';
import { MARKER, dataset } from '../helpers/analysis-data.mjs';
import { audit } from '../helpers/disclosure-audit.mjs';

const RUNS = 300;
const summaryOf = ({ responses, minGroup }) => summarise(responses, { survey: 'now', compare: 'before', minGroup });

/** Every object in a summary that says it is suppressed. */
function suppressedEntries(value, found = []) {
  if (value && typeof value === 'object') {
    if ('suppressed' in value) found.push(value);
    for (const child of Object.values(value)) suppressedEntries(child, found);
  }
  return found;
}

/** Every published closed question of every group and round. */
function* published(summary) {
  for (const [round, data] of Object.entries(summary.rounds)) {
    for (const group of GROUPS) {
      const shown = data.groups[group];
      if (shown.suppressed) continue;
      for (const item of CLOSED_ITEMS) {
        const answers = shown.questions[item.key];
        if (!answers.suppressed) yield { round, group, item, answers };
      }
    }
  }
}

test('the generator makes valid responses (so the properties are about real data)', () => {
  fc.assert(
    fc.property(dataset, ({ responses }) => responses.every((r) => responseSchema.safeParse(r).success)),
    { numRuns: 100 },
  );
});

test('every summary passes the zod schema and the element’s light check', () => {
  fc.assert(
    fc.property(dataset, (data) => {
      const summary = summaryOf(data);
      assert.ok(summarySchema.safeParse(summary).success, JSON.stringify(summarySchema.safeParse(summary).error?.issues?.[0]));
      assert.ok(isSummary(summary));
    }),
    { numRuns: RUNS },
  );
});

test('counts add up to the number who answered, every option is present, shares lie in their intervals', () => {
  fc.assert(
    fc.property(dataset, (data) => {
      const summary = summaryOf(data);
      for (const { item, answers } of published(summary)) {
        assert.deepEqual(Object.keys(answers.options), item.options);
        const total = Object.values(answers.options).reduce((sum, option) => sum + option.count, 0);
        assert.equal(total, answers.answered);
        assert.ok(answers.answered >= summary.minGroup);
        for (const option of Object.values(answers.options)) {
          assert.equal(option.share, option.count / answers.answered);
          assert.ok(option.low <= option.share && option.share <= option.high);
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('the whole round is Members plus Officers wherever all three are published', () => {
  fc.assert(
    fc.property(dataset, (data) => {
      const summary = summaryOf(data);
      for (const round of Object.values(summary.rounds)) {
        const { all, member, officer } = round.groups;
        if (member.suppressed) continue;
        assert.equal(all.responses, member.responses + officer.responses);
        for (const item of CLOSED_ITEMS) {
          const [a, m, o] = [all, member, officer].map((g) => g.questions[item.key]);
          if (!m.suppressed) for (const code of item.options) assert.equal(a.options[code].count, m.options[code].count + o.options[code].count);
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('a suppressed entry is exactly { suppressed: true }, and Members and Officers are hidden together', () => {
  fc.assert(
    fc.property(dataset, (data) => {
      const summary = summaryOf(data);
      for (const entry of suppressedEntries(summary)) assert.deepEqual(entry, { suppressed: true });
      for (const round of Object.values(summary.rounds)) {
        for (const group of GROUPS) assert.ok(round.groups[group].suppressed || round.groups[group].responses >= summary.minGroup, group);
        const { member, officer } = round.groups;
        assert.equal(!!member.suppressed, !!officer.suppressed);
        if (member.suppressed) continue;
        for (const item of CLOSED_ITEMS) assert.equal(!!member.questions[item.key].suppressed, !!officer.questions[item.key].suppressed, item.key);
        for (const field of COMMENT_FIELDS) {
          assert.equal(typeof member.questions.comments[field.key], typeof officer.questions.comments[field.key], field.key);
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('over 3,000 rounds no hidden count is pinned above zero and no hidden group is certain to have answered alike', { timeout: 300_000 }, () => {
  // How often the rounds reached the cases the rules are for, so the audit is not vacuous.
  const reached = { groupsHidden: 0, questionHidden: 0 };
  fc.assert(
    fc.property(dataset, (data) => {
      const summary = summaryOf(data);
      assert.deepEqual(audit(summary), []);
      for (const round of Object.values(summary.rounds)) {
        const { all, member } = round.groups;
        if (all.suppressed) continue;
        if (member.suppressed) reached.groupsHidden++;
        else if (CLOSED_ITEMS.some((item) => member.questions[item.key].suppressed && !item.askedAfter)) reached.questionHidden++;
      }
    }),
    { numRuns: 1500 },
  );
  assert.ok(reached.groupsHidden > 300 && reached.questionHidden > 100, JSON.stringify(reached));
});

test('free text never appears in a summary', () => {
  let withText = 0;
  fc.assert(
    fc.property(dataset, (data) => {
      if (JSON.stringify(data.responses).includes(MARKER)) withText++;
      assert.ok(!JSON.stringify(summaryOf(data)).includes(MARKER));
    }),
    { numRuns: RUNS },
  );
  assert.ok(withText > RUNS / 2, `only ${withText} datasets had free text`);
});

test('a change is significant exactly when its interval excludes zero, and only for groups published in both rounds', () => {
  fc.assert(
    fc.property(dataset, (data) => {
      const summary = summaryOf(data);
      for (const change of summary.changes) {
        assert.equal(change.significant, change.low > 0 || change.high < 0);
        assert.ok(change.low <= change.difference && change.difference <= change.high);
        assert.ok(Math.abs(change.difference - (change.to - change.from)) < 1e-12);
        for (const round of ['now', 'before']) assert.ok(!summary.rounds[round].groups[change.group].suppressed);
      }
    }),
    { numRuns: RUNS },
  );
});
