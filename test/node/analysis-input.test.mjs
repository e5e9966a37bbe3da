// What summarise() is given (SPEC §13): it checks every field it reads and throws one clear
// error naming the first bad response, never a TypeError from deep inside, never a value it
// guessed at ("4" is not 4), and a repeated id is an error (the command and the receiver leave
// repeats out before they summarise; docs/results.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError, summarise } from '../../dist/analysis.js';
import { response } from '../helpers/analysis-data.mjs';

const good = () => response('now', 'member', { health: 4, issues: { experienced: 'yes', reported: 'no', details: 'Words' } });
const run = (responses, options = {}) => summarise(responses, { survey: 'now', ...options });

/** Asserts that summarising `[good, bad, good]` names response 2 and says `what`. */
function refuses(bad, what, options) {
  const second = bad(good());
  assert.throws(
    () => run([good(), second, good()], options),
    (error) => {
      assert.ok(error instanceof ResponseError, `${error.name}: ${error.message}`);
      assert.equal(error.name, 'ResponseError');
      const id = typeof second?.id === 'string' ? ` (id "${second.id}")` : '';
      assert.ok(error.message.startsWith(`summarise: response 2${id}: ${what}.`), error.message);
      return true;
    },
  );
}

test('an answer that is not one of its options is refused, with the value and the options', () => {
  refuses((r) => ({ ...r, answers: { ...r.answers, health: '4' } }), 'health is "4", not one of 1, 2, 3, 4, 5');
  refuses((r) => ({ ...r, answers: { ...r.answers, health: 7 } }), 'health is 7, not one of 1, 2, 3, 4, 5');
  refuses((r) => ({ ...r, answers: { ...r.answers, frequency: 'hourly' } }), 'frequency is "hourly", not one of "daily", "weekly", "monthly", "less-than-monthly", "never"');
  refuses((r) => ({ ...r, answers: { ...r.answers, issues: { experienced: 'yes', reported: true } } }), 'issues.reported is true, not one of "yes", "no"');
});

test('what would have thrown a TypeError or been skipped silently is named instead', () => {
  refuses(() => null, 'not an object');
  refuses(() => 'a response', 'not an object');
  refuses((r) => ({ ...r, answers: undefined }), 'answers is not an object');
  refuses((r) => ({ ...r, answers: { issues: 'yes' } }), 'answers.issues is not an object');
  refuses((r) => ({ ...r, answers: { lastInteraction: ['text'] } }), 'answers.lastInteraction is not an object');
  refuses((r) => ({ ...r, respondent: 'guest' }), 'respondent is "guest", not one of "member", "officer"');
  refuses((r) => ({ ...r, survey: 42 }), 'survey is 42, not a round id');
  refuses((r) => ({ ...r, id: undefined }), 'id is undefined, not a text');
  refuses((r) => ({ ...r, answers: { lastInteraction: { workedWell: 3 } } }), 'lastInteraction.workedWell is 3, not a text');
});

test('a follow-up given without the answer that asks it, or missing when it was asked, is refused', () => {
  refuses((r) => ({ ...r, answers: { issues: { experienced: 'no', reported: 'yes' } } }), 'issues.reported is given, though issues.experienced is not "yes"');
  refuses((r) => ({ ...r, answers: { issues: { experienced: 'yes' } } }), 'issues.reported is missing, though issues.experienced is "yes"');
  refuses((r) => ({ ...r, answers: { issues: { experienced: 'no', details: 'Words' } } }), 'issues.details is given, though issues.experienced is not "yes"');
});

test('a repeated id is an error, not counted twice', () => {
  const first = good();
  assert.throws(() => run([first, good(), { ...first }]), /^ResponseError: summarise: response 3 \(id "[^"]+"\): its id was counted already/);
  // Responses of rounds not summarised are not read beyond their round.
  const five = Array.from({ length: 5 }, good);
  const summary = run([...five, { survey: 'other', respondent: 'guest', answers: null }], { minGroup: 5 });
  assert.equal(summary.rounds.now.groups.all.responses, 5);
});

test('with the trend every round is read, and submittedAt is checked', () => {
  refuses((r) => ({ ...r, survey: 'then', submittedAt: 'yesterday' }), 'submittedAt is "yesterday", not a UTC time', { trend: true });
  refuses((r) => ({ ...r, survey: 'not a round' }), 'survey is "not a round", not a round id', { trend: true });
});

test('valid responses pass, and the error stops at the first bad one', () => {
  assert.equal(run(Array.from({ length: 5 }, good), { minGroup: 5 }).rounds.now.groups.all.responses, 5);
  const bad = { ...good(), answers: { health: '4' } };
  const worse = { ...good(), respondent: 'guest' };
  assert.throws(() => run([good(), bad, worse]), /response 2 .*health is "4"/);
});
