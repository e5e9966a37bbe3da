// summarise() on data whose right answers are known by hand: counts, shares, health's mean
// and Good or very good, comment counts, response rates, a change that is Newcombe's own
// example (56/70 − 48/80), and each suppression rule on the smallest case that needs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarise, summarySchema } from '../../dist/analysis.js';
import { response } from '../helpers/analysis-data.mjs';

/** `n` responses of one group in one round, each answer made by `answer(i)`. */
const many = (n, survey, respondent, answer) => Array.from({ length: n }, (_, i) => response(survey, respondent, answer(i)));

// This round: 40 Members and 30 Officers; 56 of the 70 say Good or Very good (Newcombe's 56/70).
// Last round: 45 Members and 35 Officers; 48 of the 80 (48/80).
const now = [
  ...many(40, 'now', 'member', (i) => ({
    health: i < 10 ? 5 : i < 32 ? 4 : i < 36 ? 3 : 2,
    frequency: i % 3 ? 'weekly' : 'daily',
    lastInteraction: i < 7 ? { workedWell: 'Clear briefing' } : undefined,
    issues: i < 12 ? { experienced: 'yes', reported: i < 4 ? 'yes' : 'no' } : { experienced: 'no' },
  })),
  ...many(30, 'now', 'officer', (i) => ({
    health: i < 24 ? 4 : 1,
    issues: i < 15 ? { experienced: 'yes', reported: i < 13 ? 'yes' : 'no', details: 'A tone of voice' } : { experienced: 'prefer-not-to-say' },
  })),
].map((r) => ({ ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([, v]) => v !== undefined)) }));
const before = [
  ...many(45, 'before', 'member', (i) => ({ health: i < 30 ? 4 : 3 })),
  ...many(35, 'before', 'officer', (i) => ({ health: i < 18 ? 5 : 2 })),
];

test('counts, shares, mean, Good or very good, comments and rates for a known round', () => {
  const summary = summarise([...now, ...before, ...many(5, 'other', 'member', () => ({ health: 1 }))], {
    survey: 'now',
    compare: 'before',
    population: { now: { member: 50, officer: 150 } },
  });
  assert.ok(summarySchema.safeParse(summary).success);
  assert.deepEqual(Object.keys(summary.rounds).sort(), ['before', 'now']); // the other round is ignored
  const { all, member, officer } = summary.rounds.now.groups;
  assert.equal(all.responses, 70);
  assert.equal(all.rate, 70 / 200);
  assert.equal(member.rate, 40 / 50);
  assert.equal(officer.rate, 30 / 150);
  assert.equal(summary.rounds.before.groups.all.rate, undefined);

  const health = member.questions.health;
  assert.equal(health.answered, 40);
  assert.deepEqual(
    Object.fromEntries(Object.entries(health.options).map(([code, f]) => [code, f.count])),
    { 1: 0, 2: 4, 3: 4, 4: 22, 5: 10 },
  );
  assert.equal(health.options['4'].share, 22 / 40);
  assert.equal(health.mean, (2 * 4 + 3 * 4 + 4 * 22 + 5 * 10) / 40);
  assert.equal(health.good.count, 32);
  assert.equal(all.questions.health.good.count, 56);
  // Wilson for 0/40 starts at exactly 0.
  assert.equal(health.options['1'].low, 0);
});

test('a question too few Officers answered hides the Members’ answers to it too (the pair rule per question)', () => {
  const summary = summarise(now, { survey: 'now' });
  const { all, member, officer } = summary.rounds.now.groups;
  // Only Members answered frequency (40 of them). The Officers' 0 answers are under 10, so
  // both groups' are hidden; the total stays, since nothing published says how it splits.
  assert.deepEqual(officer.questions.frequency, { suppressed: true });
  assert.deepEqual(member.questions.frequency, { suppressed: true });
  assert.equal(all.questions.frequency.answered, 40);
  assert.equal(summary.changes, undefined);
  assert.equal(summary.compare, undefined);
});

test('the change in Good or very good is Newcombe’s example 56/70 − 48/80: 0.0524 to 0.3339, significant', () => {
  const summary = summarise([...now, ...before], { survey: 'now', compare: 'before' });
  const change = summary.changes.find((c) => c.group === 'all' && c.measure === 'health.good');
  assert.equal(change.from, 48 / 80);
  assert.equal(change.to, 56 / 70);
  assert.deepEqual([change.low.toFixed(4), change.high.toFixed(4)], ['0.0524', '0.3339']);
  assert.equal(change.significant, true);
  // Issues and reporting were not asked last round: no change for them.
  assert.ok(!summary.changes.some((c) => c.measure === 'issues.yes' || c.measure === 'reporting.yes'));
  assert.deepEqual([...new Set(summary.changes.map((c) => c.group))], ['all', 'member', 'officer']);
});

test('"Did you report it?" counts only those who said Yes, and is hidden with its comments where fewer than 10 were asked', () => {
  const summary = summarise(now, { survey: 'now' });
  const { all, member, officer } = summary.rounds.now.groups;
  assert.equal(all.questions['issues.reported'].answered, 27); // 12 Members + 15 Officers said Yes
  assert.equal(all.questions['issues.reported'].options.yes.count, 17);
  assert.equal(officer.questions['issues.reported'].answered, 15);
  assert.equal(member.questions['issues.reported'].answered, 12);
  assert.equal(officer.questions.comments['issues.details'], 15);
  assert.equal(member.questions.comments['lastInteraction.workedWell'], 7);
  assert.equal(all.questions.comments['issues.details'], 15);

  // Now only 3 Members said Yes: the follow-up and its comment count are hidden for both groups.
  const fewer = now.map((r, i) => (r.respondent === 'member' && i >= 3 && r.answers.issues.experienced === 'yes' ? { ...r, answers: { ...r.answers, issues: { experienced: 'no' } } } : r));
  const hidden = summarise(fewer, { survey: 'now' }).rounds.now.groups;
  assert.equal(hidden.member.questions['issues.experienced'].options.yes.count, 3);
  for (const group of [hidden.member, hidden.officer]) {
    assert.deepEqual(group.questions['issues.reported'], { suppressed: true });
    assert.deepEqual(group.questions.comments['issues.details'], { suppressed: true });
  }
  assert.equal(hidden.all.questions['issues.reported'].answered, 18);
});

test('when no Member was asked the follow-up, its total is hidden too: it would be the Officers’ own figures', () => {
  const noMemberIssues = now.map((r) => (r.respondent === 'member' ? { ...r, answers: { ...r.answers, issues: { experienced: 'no' } } } : r));
  const groups = summarise(noMemberIssues, { survey: 'now' }).rounds.now.groups;
  assert.equal(groups.member.questions['issues.experienced'].options.yes.count, 0);
  assert.deepEqual(groups.officer.questions['issues.reported'], { suppressed: true });
  assert.deepEqual(groups.all.questions['issues.reported'], { suppressed: true });
  assert.deepEqual(groups.all.questions.comments['issues.details'], { suppressed: true });
  assert.equal(typeof groups.all.questions.comments['lastInteraction.workedWell'], 'number');
});

test('a round with fewer than 10 Members hides Members and Officers, and shows the total', () => {
  const smallMembers = [...many(9, 'now', 'member', () => ({ health: 4 })), ...many(50, 'now', 'officer', () => ({ health: 2 }))];
  const summary = summarise(smallMembers, { survey: 'now', population: { now: { member: 51, officer: 600 } } });
  const { all, member, officer } = summary.rounds.now.groups;
  assert.deepEqual(member, { suppressed: true });
  assert.deepEqual(officer, { suppressed: true });
  assert.equal(all.responses, 59);
  assert.equal(all.rate, 59 / 651);
  assert.deepEqual(summarise(smallMembers, { survey: 'now', minGroup: 9 }).rounds.now.groups.member.responses, 9);
  // A round nobody answered is all hidden.
  const empty = summarise([], { survey: 'now', compare: 'before' });
  for (const round of Object.values(empty.rounds)) for (const group of Object.values(round.groups)) assert.deepEqual(group, { suppressed: true });
  assert.deepEqual(empty.changes, []);
});

test('bad options are refused with a RangeError, and a threshold under 5 too', () => {
  assert.throws(() => summarise([], { survey: 'not an id' }), RangeError);
  assert.throws(() => summarise([], { survey: 'a', compare: 'a' }), RangeError);
  assert.throws(() => summarise([], { survey: 'a', minGroup: 0 }), RangeError);
  assert.throws(() => summarise([], { survey: 'a', minGroup: 2.5 }), RangeError);
  for (const low of [1, 4]) assert.throws(() => summarise([], { survey: 'a', minGroup: low }), /minGroup must be a whole number of at least 5, not /);
  assert.equal(summarise([], { survey: 'a', minGroup: 5 }).minGroup, 5);
});
