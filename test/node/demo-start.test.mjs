// What `npm start` serves (SPEC §11, §13, §15): the demo's receiver holds the two generated
// rounds, final, its results are public there, and the results page reads them from the
// receiver's route; its rounds file adds the tester's open round and an invited one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../demo/server/dev-server.mjs';
import { DEMO_ROUNDS, demoResponses } from '../../dist/demo/seed.js';
import { summarise } from '../../dist/analysis.js';
import { DEMO_INVITED_ROUND, DEMO_OPEN_ROUND } from '../../dist/demo/rounds.js';
import { specExample } from '../fixtures/spec-example.mjs';

let demo;
before(async () => {
  demo = await startDemoServer({ port: 0 });
});
after(() => demo?.stop());

test('the demo summarises its two generated rounds on the receiver, with no token', async () => {
  const answer = await fetch(`${demo.origin}/api/results?survey=${DEMO_ROUNDS.survey}&compare=${DEMO_ROUNDS.compare}`);
  assert.equal(answer.status, 200);
  const summary = await answer.json();
  const expected = summarise(demoResponses(), { ...DEMO_ROUNDS });
  for (const round of [DEMO_ROUNDS.survey, DEMO_ROUNDS.compare]) {
    assert.equal(summary.rounds[round].groups.all.responses, expected.rounds[round].groups.all.responses, round);
    assert.ok(summary.rounds[round].groups.all.rate > 0, `${round} has a response rate`);
  }
  // Autumn's 8 Members: both groups hidden that round, as the page explains.
  assert.deepEqual(summary.rounds[DEMO_ROUNDS.compare].groups.member, { suppressed: true });
  assert.ok(summary.changes.length > 0);
  // Admin routes still need the token npm start prints.
  assert.equal((await fetch(`${demo.origin}/api/responses?survey=${DEMO_ROUNDS.survey}`)).status, 401);
});

test('the demo results page reads the receiver’s route, and the survey page links to it', async () => {
  const results = await (await fetch(`${demo.origin}/demo/results.html`)).text();
  assert.match(results, /<mor-results src="\/api\/results\?survey=2026-spring&amp;compare=2025-autumn&amp;trend=all"/);
  const survey = await (await fetch(`${demo.origin}/demo/`)).text();
  assert.match(survey, /href="\.\/results\.html"/);
});

test('storing the generated rounds again changes nothing (a restart on the same file)', async () => {
  const before = await (await fetch(`${demo.origin}/api/results?survey=${DEMO_ROUNDS.survey}`)).json();
  await demo.seed(demoResponses());
  const again = await (await fetch(`${demo.origin}/api/results?survey=${DEMO_ROUNDS.survey}`)).json();
  assert.deepEqual(again, before);
});

test('the demo’s rounds show every state at once: two final rounds with results, the tester’s open round, and an invited one whose links work once', async () => {
  const rounds = await (await fetch(`${demo.origin}/api/rounds`)).json();
  assert.deepEqual(
    rounds.map(({ survey, access, state }) => [survey, access, state]),
    [
      ['2025-autumn', 'open', 'final'],
      ['2026-spring', 'invited', 'final'],
      [DEMO_OPEN_ROUND, 'open', 'open'],
      [DEMO_INVITED_ROUND, 'invited', 'open'],
    ],
  );
  // The invited round's figures: codes made for its population, one used per response.
  const spring = await (await fetch(`${demo.origin}/api/rounds/2026-spring`, { headers: { Authorization: `Bearer ${demo.adminToken}` } })).json();
  assert.deepEqual([spring.invitations, spring.used], [{ member: 51, officer: 630 }, { member: 23, officer: 181 }]);
  const post = (response, code) =>
    fetch(`${demo.origin}/api/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(code && { 'Mor-Invitation': code }) },
      body: JSON.stringify({ ...specExample, id: crypto.randomUUID(), ...response }),
    });
  assert.equal((await post({ survey: DEMO_OPEN_ROUND })).status, 201);
  assert.equal((await post({ survey: '2026-spring' })).status, 403);
  const [{ code }] = await demo.invite(DEMO_INVITED_ROUND, { member: 0, officer: 1 });
  assert.equal((await post({ survey: DEMO_INVITED_ROUND })).status, 403);
  assert.equal((await post({ survey: DEMO_INVITED_ROUND }, code)).status, 201);
  assert.equal((await post({ survey: DEMO_INVITED_ROUND }, code)).status, 403);
  // Results wait for the rounds to be final.
  assert.equal((await fetch(`${demo.origin}/api/results?survey=${DEMO_OPEN_ROUND}`)).status, 409);
});
