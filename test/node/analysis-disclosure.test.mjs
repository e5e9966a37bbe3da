// The disclosure rules on the smallest rounds that need them (docs/results.md, "Small groups
// are never shown"), and the intruder's audit (test/helpers/disclosure-audit.mjs) catching the
// leaks those rules close when a summary is doctored to publish what they hide. The audit over
// thousands of generated rounds is in analysis-properties.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarise } from '../../dist/analysis.js';
import { response } from '../helpers/analysis-data.mjs';
import { audit } from '../helpers/disclosure-audit.mjs';

const many = (n, survey, respondent, answer) => Array.from({ length: n }, (_, i) => response(survey, respondent, answer(i)));
const HIDDEN = { suppressed: true };
const groupsOf = (responses, minGroup = 10) => summarise(responses, { survey: 'now', minGroup }).rounds.now.groups;
const counts = (answers) => Object.fromEntries(Object.entries(answers.options).map(([code, f]) => [code, f.count]));

test('rule 6: with Members and Officers hidden, a total whose answers all but one fall on one option is hidden', () => {
  // 3 Members and 20 Officers: the groups are hidden, the total of 23 shows.
  const round = (health) => groupsOf([...many(3, 'now', 'member', (i) => ({ health: health(i) })), ...many(20, 'now', 'officer', (i) => ({ health: health(i + 3) }))]);
  assert.deepEqual(round(() => 4).all.questions.health, HIDDEN, 'all the same');
  assert.deepEqual(round((i) => (i === 7 ? 5 : 4)).all.questions.health, HIDDEN, 'all but one the same');
  const two = round((i) => (i === 7 || i === 0 ? 5 : i < 13 ? 4 : 2)).all.questions.health;
  assert.deepEqual(counts(two), { 1: 0, 2: 10, 3: 0, 4: 11, 5: 2 });
  // A zero in a published total is published: nobody in any group chose it.
  assert.equal(two.options['1'].count, 0);
});

test('rule 6 for a follow-up and its comment box: all but one the same hides the total, though the numbers asked are shown', () => {
  // 12 Members (3 said Yes: too few, so the follow-up is hidden for both) and 20 Officers (15 said Yes).
  const round = (reported, wrote) =>
    groupsOf([
      ...many(12, 'now', 'member', (i) => ({ issues: i < 3 ? { experienced: 'yes', reported: reported(i), ...(wrote(i) ? { details: 'Words' } : {}) } : { experienced: 'no' } })),
      ...many(20, 'now', 'officer', (i) => ({ issues: i < 15 ? { experienced: 'yes', reported: reported(i + 3), ...(wrote(i + 3) ? { details: 'Words' } : {}) } : { experienced: 'no' } })),
    ]);
  const everyone = round(() => 'yes', () => true);
  assert.equal(everyone.member.questions['issues.experienced'].options.yes.count, 3);
  assert.deepEqual(everyone.member.questions['issues.reported'], HIDDEN);
  // Shown, "18 of 18 reported" would say all 3 Members did, and the 18 who wrote that all 3 wrote.
  assert.deepEqual(everyone.all.questions['issues.reported'], HIDDEN);
  assert.deepEqual(everyone.all.questions.comments['issues.details'], HIDDEN);
  const allButOne = round((i) => (i === 9 ? 'no' : 'yes'), (i) => i !== 9);
  assert.deepEqual(allButOne.all.questions['issues.reported'], HIDDEN);
  assert.deepEqual(allButOne.all.questions.comments['issues.details'], HIDDEN);
  const two = round((i) => (i === 9 || i === 1 ? 'no' : 'yes'), (i) => i !== 9 && i !== 1);
  assert.deepEqual(counts(two.all.questions['issues.reported']), { yes: 16, no: 2 });
  assert.equal(two.all.questions.comments['issues.details'], 16);
});

test('rule 6 for a comment box of its own: with the groups hidden, everyone (or all but one) writing hides the total', () => {
  const round = (wrote) => groupsOf([...many(3, 'now', 'member', (i) => (wrote(i) ? { lastInteraction: { workedWell: 'Briefing' } } : {})), ...many(20, 'now', 'officer', (i) => (wrote(i + 3) ? { lastInteraction: { workedWell: 'Briefing' } } : {}))]);
  assert.deepEqual(round(() => true).all.questions.comments['lastInteraction.workedWell'], HIDDEN);
  assert.deepEqual(round((i) => i !== 4).all.questions.comments['lastInteraction.workedWell'], HIDDEN);
  assert.equal(round((i) => i > 1).all.questions.comments['lastInteraction.workedWell'], 21);
  assert.equal(round(() => false).all.questions.comments['lastInteraction.workedWell'], 0);
});

test('rule 7: with the groups shown, a total who answered that leaves one possible split is hidden', () => {
  // Threshold 7: 7 Members and 8 Officers are shown. 6 Members and 8 Officers answered how often
  // they meet: hidden for both (6 < 7). Shown, the total 14 would say 6 Members answered (at most
  // 8 Officers, and 7 + 7 would have been shown).
  const round = (members, officers, memberAnswers) =>
    groupsOf(
      [
        ...many(members, 'now', 'member', (i) => (i < memberAnswers ? { frequency: i % 2 ? 'daily' : 'weekly' } : {})),
        ...many(officers, 'now', 'officer', (i) => ({ frequency: i % 2 ? 'monthly' : 'never' })),
      ],
      7,
    );
  const pinned = round(7, 8, 6);
  assert.equal(pinned.member.responses, 7);
  assert.deepEqual(pinned.member.questions.frequency, HIDDEN);
  assert.deepEqual(pinned.all.questions.frequency, HIDDEN);
  // 10 Members, 5 of whom answered, and 20 Officers: 5 or 6 Members may have answered the 25.
  const open = round(10, 20, 5);
  assert.deepEqual(open.member.questions.frequency, HIDDEN);
  assert.equal(open.all.questions.frequency.answered, 25);
});

/** A copy of `summary` with the total's figures for `key` in round `now` set to `answers`. */
function doctored(summary, key, answers) {
  const copy = structuredClone(summary);
  const questions = copy.rounds.now.groups.all.questions;
  if (key in questions) questions[key] = answers;
  else questions.comments[key] = answers;
  return copy;
}

const figures = (options) => {
  const answered = Object.values(options).reduce((a, b) => a + b, 0);
  return { answered, options: Object.fromEntries(Object.entries(options).map(([code, count]) => [code, { count, share: count / answered, low: 0, high: 1 }])) };
};

test('the audit catches what the rules hide: a Member’s answers pinned, everyone in a hidden group giving the same answer', () => {
  // Rule 7's round, with the total published as the code did before the rule.
  const seven = summarise(
    [...many(7, 'now', 'member', (i) => (i < 6 ? { frequency: 'daily' } : {})), ...many(8, 'now', 'officer', () => ({ frequency: 'monthly' }))],
    { survey: 'now', minGroup: 7 },
  );
  assert.deepEqual(audit(seven), []);
  const leaked = audit(doctored(seven, 'frequency', figures({ daily: 6, weekly: 0, monthly: 8, 'less-than-monthly': 0, never: 0 })));
  assert.ok(leaked.includes('now|member|frequency|answered = 6'), leaked.join('\n'));

  // Rule 6's round: 3 Members and 20 Officers all said Good.
  const same = summarise([...many(3, 'now', 'member', () => ({ health: 4 })), ...many(20, 'now', 'officer', () => ({ health: 4 }))], { survey: 'now' });
  assert.deepEqual(audit(same), []);
  const unanimous = audit(doctored(same, 'health', { ...figures({ 1: 0, 2: 0, 3: 0, 4: 23, 5: 0 }), mean: 4, good: { count: 23, share: 1, low: 0.85, high: 1 } }));
  assert.ok(unanimous.includes('now|member|health: every answer the same'), unanimous.join('\n'));

  // A follow-up's comment box everyone asked wrote in, Members' 3 asked shown: 3 wrote, pinned.
  const box = summarise(
    [
      ...many(12, 'now', 'member', (i) => ({ issues: i < 3 ? { experienced: 'yes', reported: i ? 'yes' : 'no', details: 'Words' } : { experienced: 'no' } })),
      ...many(20, 'now', 'officer', (i) => ({ issues: i < 15 ? { experienced: 'yes', reported: i % 2 ? 'yes' : 'no', details: 'Words' } : { experienced: 'no' } })),
    ],
    { survey: 'now' },
  );
  assert.deepEqual(audit(box), []);
  const wrote = audit(doctored(box, 'issues.details', 18));
  assert.ok(wrote.includes('now|member|issues.details = 3'), wrote.join('\n'));
});
