// Results only when final (SPEC §13 "Only final figures", §15), on SQLite and PostgreSQL, with a
// receiver whose clock the test moves: 409 with the publication date while a round is open or in
// its grace period, or when there is no rounds file; for final rounds the rounds' titles and
// dates, the population in the SPEC's order (invitations made, the file's, MOR_POPULATION's),
// and a trend of final rounds only. Lists and exports give responses in id order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summarise } from '../../dist/analysis.js';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { ADMIN_TOKEN } from './support/server.mjs';
import { admin, makeResponse } from './support/responses.mjs';
import { postWithCode, startReceiver } from './support/rounds.mjs';

const DAY = 24 * 3600_000;
const T0 = Date.parse('2025-09-01T09:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const round = (en, opens, closes, access, extra = {}) => ({ title: { en, cy: `${en} (cy)` }, opens: iso(T0 + opens * DAY), closes: iso(T0 + closes * DAY), access, ...extra });
const ROUNDS = {
  autumn: round('Autumn 2025', 0, 30, 'open', { population: { member: 50, officer: 600 } }),
  current: round('All year', 50, 200, 'open'),
  spring: round('Spring 2026', 60, 90, 'invited', { population: { member: 51, officer: 630 } }),
  meeting: round('March meeting', 65, 70, 'open'),
};
const POPULATION = { meeting: { member: 40, officer: 400 }, autumn: { member: 1, officer: 1 } };

/** `n` responses of each group to `survey`, answers varying with `seed`. */
const responsesOf = (survey, n, seed) =>
  ['member', 'officer'].flatMap((respondent) =>
    Array.from({ length: n }, (_, i) =>
      makeResponse(survey, (r) => {
        r.respondent = respondent;
        r.answers.health = ((i + seed) % 5) + 1;
        r.answers.change = ['improved', 'same', 'worse', 'dont-know'][(i * 3 + seed) % 4];
      }),
    ),
  );

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

forEachStore('results of rounds', (kind) => {
  describe(`results of rounds on ${kind}`, () => {
    let database;
    let open;
    const sent = { autumn: responsesOf('autumn', 12, 1), current: responsesOf('current', 12, 2), spring: responsesOf('spring', 11, 3), meeting: responsesOf('meeting', 10, 4) };
    const results = (query, headers = auth) => fetch(`${open.url}/api/results?${query}`, { headers });

    before(async () => {
      database = await freshDatabase(kind);
      open = await startReceiver({ databaseUrl: database.url, rounds: ROUNDS, population: POPULATION }, { at: T0 + DAY });
      for (const survey of ['autumn', 'current', 'spring', 'meeting']) {
        open.clock.now = Date.parse(ROUNDS[survey].opens) + DAY;
        const invitations = survey === 'spring' ? await open.receiver.invite('spring', { member: 14, officer: 16 }) : [];
        for (const response of sent[survey]) {
          const code = invitations.find((row, i) => row.group === response.respondent && !invitations[i].taken);
          if (code) code.taken = true;
          assert.equal((await postWithCode(open.url, response, code?.code)).status, 201, survey);
        }
      }
    });
    after(async () => {
      await open?.close();
      await database?.drop();
    });

    it('while a round is open or in its grace period: 409, saying when its results will be published (Welsh on Accept-Language: cy)', async () => {
      open.clock.now = T0 + 89 * DAY;
      for (const query of ['survey=spring', 'survey=autumn&compare=spring', 'survey=autumn&compare=current']) {
        const answer = await results(query);
        assert.equal(answer.status, 409, query);
        assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
        const problem = await answer.json();
        assert.equal(Object.keys(problem).includes('rounds'), false);
        if (query === 'survey=spring') assert.equal(problem.detail, 'The results of Spring 2026 will be published on 3 December 2025 at 09:00, when the round is final.');
      }
      open.clock.now = T0 + 92 * DAY;
      const welsh = await (await results('survey=spring', { ...auth, 'Accept-Language': 'cy-GB, en;q=0.5' })).json();
      assert.equal(welsh.detail, 'Bydd canlyniadau Spring 2026 (cy) yn cael eu cyhoeddi ar 3 Rhagfyr 2025 am 09:00, pan fydd y cylch yn derfynol.');
      const page = await (await fetch(`${open.url}/results/spring`)).text();
      assert.match(page, /<p class="round-state">The results of Spring 2026 will be published on 3 December 2025 at 09:00, when the round is final\.<\/p>/);
      assert.doesNotMatch(page, /<mor-results|<form/);
    });

    it('final rounds: the summary with each round’s details, the population in the SPEC’s order, and a trend of final rounds only', async () => {
      open.clock.now = T0 + 100 * DAY;
      const answer = await results('survey=spring&compare=autumn&trend=all');
      assert.equal(answer.status, 200);
      const summary = await answer.json();
      const population = { spring: { member: 14, officer: 16 }, autumn: ROUNDS.autumn.population, meeting: POPULATION.meeting };
      const stored = (await admin(open.url, '/api/responses?survey=spring').then((a) => a.json()));
      const expected = summarise([...sent.autumn, ...stored, ...sent.meeting], { survey: 'spring', compare: 'autumn', rounds: ROUNDS, population, trend: true });
      assert.deepEqual(summary, JSON.parse(JSON.stringify(expected)));
      // Invited: the rate is out of the invitations made, not the file's population.
      assert.equal(summary.rounds.spring.groups.all.rate, 22 / 30);
      assert.equal(summary.rounds.autumn.groups.all.rate, 24 / 650);
      assert.deepEqual(summary.rounds.spring.title, ROUNDS.spring.title);
      assert.equal(summary.rounds.spring.access, 'invited');
      // The open round opened before spring and has answers, yet is not in the trend; the
      // meeting opened after spring, so it is not "up to" spring.
      assert.deepEqual(summary.trendRounds.map((r) => r.survey), ['autumn', 'spring']);
      assert.ok(!JSON.stringify(summary).includes('"current"'));
      const later = await (await results('survey=meeting&trend=all')).json();
      assert.deepEqual(later.trendRounds.map((r) => r.survey), ['autumn', 'spring', 'meeting']);
      const meeting = await (await results('survey=meeting')).json();
      assert.equal(meeting.rounds.meeting.groups.all.rate, 20 / 440);
      // The open round is still not published, alone or compared.
      assert.equal((await results('survey=current')).status, 409);
      assert.equal((await results('survey=spring&compare=current')).status, 409);
    });

    it('without a rounds file no round is ever final: 409 naming MOR_ROUNDS, and the hosted page says so', async () => {
      const without = await startReceiver({ databaseUrl: 'sqlite::memory:', publicResults: true });
      try {
        const answer = await fetch(`${without.url}/api/results?survey=autumn`);
        assert.equal(answer.status, 409);
        assert.match((await answer.json()).detail, /rounds file \(MOR_ROUNDS\)\. This receiver has none, so no round is ever final/);
        assert.match(await (await fetch(`${without.url}/results/autumn`)).text(), /<p class="round-state">Results are published only for rounds that are final/);
      } finally {
        await without.close();
      }
    });

    it('lists and exports a round’s responses in id order, never in arrival order', async () => {
      open.clock.now = T0 + 100 * DAY;
      // Posted in descending id order.
      const ids = sent.current.map((r) => r.id);
      assert.notDeepEqual(ids, [...ids].sort(), 'the responses were not sent in id order');
      const listed = await (await admin(open.url, '/api/responses?survey=current')).json();
      assert.deepEqual(listed.map((r) => r.id), [...ids].sort());
      const csv = await (await admin(open.url, '/api/responses.csv?survey=current&labels=codes')).text();
      // Every text cell is quoted (SPEC §16): the first cell of each row, unquoted, is the id.
      const column = csv.trim().split('\r\n').slice(1).map((line) => line.split(',')[0].replaceAll('"', ''));
      assert.deepEqual(column, [...ids].sort());
    });

    it('the hosted results page of final rounds loads the summary with the trend', async () => {
      const page = await (await fetch(`${open.url}/results/spring?compare=autumn`, { headers: auth })).text();
      assert.match(page, /<mor-results src="\.\.\/api\/results\?survey=spring&amp;compare=autumn&amp;trend=all"><\/mor-results>/);
    });
  });
});
