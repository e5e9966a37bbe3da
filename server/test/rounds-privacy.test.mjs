// Nothing about an open round's answers is readable (SPEC §13 "Only final figures", §15): a
// property test that interleaves responses to open rounds (one open to anyone, one invited)
// with reads of every route a reader, an admin or anyone can reach, and finds every read the
// same as before the responses came — except the counts SPEC §15 gives the admin (responses per
// group, invitations used, first and last times), which are checked to be exactly the counts.
// Not covered, by design: the admin's own raw export (GET /api/responses, the CSV), which is how
// the council holds its data (docs/rounds.md says so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { ADMIN_TOKEN } from './support/server.mjs';
import { makeResponse } from './support/responses.mjs';
import { postWithCode, roundIn, startReceiver, storeWhileOpen } from './support/rounds.mjs';

const RESULTS_TOKEN = 'privacy-results-token-0123456789abcdef';
const NOW = Date.now();
const ROUNDS = {
  // Final, with answers: its results, compared and with the trend, are readable throughout.
  earlier: roundIn('final', 'open', NOW - 400 * 24 * 3600_000),
  final: roundIn('final', 'open', NOW),
  // Open since before `final` opened, so a trend that let it in would show it.
  long: { ...roundIn('open', 'open', NOW), opens: new Date(NOW - 100 * 24 * 3600_000).toISOString() },
  invited: roundIn('open', 'invited', NOW),
};
const OPEN = { long: true, invited: true };
const reader = { Authorization: `Bearer ${RESULTS_TOKEN}` };
const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** Every read: [path, headers]. */
const READS = [
  ['/api/results?survey=long', reader],
  ['/api/results?survey=invited', reader],
  ['/api/results?survey=final&compare=long', reader],
  ['/api/results?survey=long&compare=final&trend=all', admin],
  ['/api/results?survey=final&trend=all', reader],
  ['/api/results?survey=final&compare=earlier&trend=all', admin],
  ['/api/results?survey=invited', {}],
  ['/results/long', reader],
  ['/results/invited?compare=final', reader],
  ['/results/final?compare=earlier', reader],
  ['/survey/long', {}],
  ['/survey/invited?lang=cy', {}],
  ['/api/rounds', {}],
  ['/api/rounds/long', admin],
  ['/api/rounds/invited', admin],
  ['/api/rounds/final', admin],
  ['/api/surveys', admin],
  ['/healthz', {}],
];

/** A read with the counts SPEC §15 gives the admin taken out, and those counts beside it. */
function split(path, body) {
  if (!path.startsWith('/api/rounds/') && path !== '/api/surveys') return { seen: body, counts: undefined };
  const rows = [JSON.parse(body)].flat();
  const counts = {};
  // The times received go with the counts (for an invited round, days only); so does whether
  // /api/surveys has a row for an open round at all (it lists rounds with responses).
  const seen = rows.flatMap(({ responses, member, officer, used, first: _first, last: _last, ...rest }) => {
    counts[rest.survey] = { responses, member, officer, used };
    return path === '/api/surveys' && rest.survey in OPEN ? [] : [rest];
  });
  return { seen: JSON.stringify(seen), counts };
}

forEachStore('nothing readable about an open round', (kind) => {
  describe(`nothing about an open round’s answers is readable, on ${kind}`, () => {
    let database;
    let open;
    let codes;
    before(async () => {
      database = await freshDatabase(kind);
      const answered = (survey, n) =>
        Array.from({ length: n }, (_, i) => makeResponse(survey, (r) => Object.assign(r, { respondent: i % 3 ? 'officer' : 'member' })));
      await storeWhileOpen(database.url, ROUNDS, [...answered('earlier', 30), ...answered('final', 33)]);
      open = await startReceiver({ databaseUrl: database.url, rounds: ROUNDS, resultsToken: RESULTS_TOKEN });
      codes = { member: await open.receiver.invite('invited', { member: 1000, officer: 0 }), officer: await open.receiver.invite('invited', { member: 0, officer: 1000 }) };
    });
    after(async () => {
      await open?.close();
      await database?.drop();
    });

    const read = async (i) => {
      const [path, headers] = READS[i];
      const answer = await fetch(`${open.url}${path}`, { headers });
      return { status: answer.status, ...split(path, await answer.text()) };
    };
    const readAll = () => Promise.all(READS.map((_, i) => read(i)));

    const answerArb = fc.record({
      survey: fc.constantFrom('long', 'invited'),
      respondent: fc.constantFrom('member', 'officer'),
      health: fc.integer({ min: 1, max: 5 }),
      change: fc.constantFrom('improved', 'same', 'worse', 'dont-know'),
      text: fc.option(fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim()).filter((s) => s && !/[\u0000\ud800-\udfff]/.test(s)), { nil: undefined }),
    });
    const stepArb = fc.oneof(
      { weight: 3, arbitrary: answerArb.map((answer) => ({ post: answer })) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: READS.length - 1 }).map((read) => ({ read })) },
    );

    it('interleaved answers and reads: every read is as before, but for the admin’s counts, which are exact', { timeout: 300_000 }, async () => {
      const posted = { long: { member: 0, officer: 0 }, invited: { member: 0, officer: 0 } };
      const nextCode = { member: 0, officer: 0 };
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 20 }), async (steps) => {
          const baseline = await readAll();
          const check = (i, { status, seen, counts }) => {
            const [path] = READS[i];
            assert.equal(status, baseline[i].status, path);
            assert.equal(seen, baseline[i].seen, path);
            for (const survey of ['long', 'invited']) {
              if (!counts?.[survey]) continue;
              const { member, officer, responses, used } = counts[survey];
              assert.deepEqual({ member, officer, responses }, { ...posted[survey], responses: posted[survey].member + posted[survey].officer }, `${path} ${survey}`);
              if (used) assert.deepEqual(used, posted.invited);
            }
          };
          for (const step of steps) {
            if (step.post) {
              const { survey, respondent, health, change, text } = step.post;
              const response = makeResponse(survey, (r) => {
                Object.assign(r, { respondent });
                Object.assign(r.answers, { health, change });
                if (text) r.answers.lastInteraction = { workedWell: text };
              });
              const code = survey === 'invited' ? codes[respondent][nextCode[respondent]++].code : undefined;
              assert.equal((await postWithCode(open.url, response, code)).status, 201);
              posted[survey][respondent] += 1;
              continue;
            }
            check(step.read, await read(step.read));
          }
          // And every read once more after the last answer.
          for (let i = 0; i < READS.length; i++) check(i, await read(i));
        }),
        { numRuns: 40 },
      );
      assert.ok(posted.long.member + posted.long.officer + posted.invited.member + posted.invited.officer > 20, 'answers were sent');
    });
  });
});
