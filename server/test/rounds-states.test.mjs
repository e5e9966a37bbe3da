// A round's states on POST /api/responses (SPEC §15) — upcoming, open, grace, final — with a
// receiver whose clock the test moves, on SQLite and PostgreSQL: the check order (an id already
// stored first, then the round), the grace period for answers made before the close, the
// refusals' types and their detail in the response's language and the UK's time, and the hosted
// survey page saying the round's state in words.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { listRound, makeResponse, post } from './support/responses.mjs';
import { startReceiver } from './support/rounds.mjs';

const HOUR = 3600_000;
// Summer: London is an hour ahead of UTC.
const ROUNDS = {
  summer: { title: { en: 'Summer 2026', cy: 'Haf 2026' }, opens: '2026-06-01T08:00:00Z', closes: '2026-07-31T16:00:00Z', access: 'open' },
  winter: { title: { en: 'Winter 2026', cy: 'Gaeaf 2026' }, opens: '2026-12-01T09:00:00Z', closes: '2027-01-29T17:00:00Z', access: 'open' },
};
const at = (time) => Date.parse(time);

forEachStore('round states', (kind) => {
  describe(`round states on ${kind}`, () => {
    let database;
    let open;
    before(async () => {
      database = await freshDatabase(kind);
      open = await startReceiver({ databaseUrl: database.url, rounds: ROUNDS }, { at: at('2026-05-01T12:00:00Z') });
    });
    after(async () => {
      await open?.close();
      await database?.drop();
    });

    const problemOf = async (answer) => {
      assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
      return answer.json();
    };

    it('upcoming: 403 round-upcoming saying when it opens, in the UK’s time and the response’s language; stores nothing', async () => {
      open.clock.now = at('2026-05-31T23:59:59Z');
      const early = await post(open.url, makeResponse('summer'));
      assert.equal(early.status, 403);
      const problem = await problemOf(early);
      assert.equal(problem.type, 'urn:mor-survey:round-upcoming');
      assert.equal(problem.detail, 'This survey opens on 1 June 2026 at 09:00.');
      const welsh = await problemOf(await post(open.url, makeResponse('winter', (r) => (r.locale = 'cy'))));
      assert.equal(welsh.detail, "Mae'r arolwg hwn yn agor ar 1 Rhagfyr 2026 am 09:00.");
      assert.deepEqual(await listRound(open.url, 'summer'), []);
    });

    it('open from `opens` to `closes`: stored', async () => {
      open.clock.now = at(ROUNDS.summer.opens);
      assert.equal((await post(open.url, makeResponse('summer'))).status, 201);
      open.clock.now = at(ROUNDS.summer.closes) - 1;
      assert.equal((await post(open.url, makeResponse('summer'))).status, 201);
    });

    it('grace: a response made before the close is still taken; one made after is 403 round-closed, saying when it closed', async () => {
      open.clock.now = at(ROUNDS.summer.closes) + 71 * HOUR;
      const late = makeResponse('summer', (r) => (r.submittedAt = '2026-07-31T15:59:59.999Z'));
      assert.equal((await post(open.url, late)).status, 201);
      const after = await post(open.url, makeResponse('summer', (r) => (r.submittedAt = ROUNDS.summer.closes.replace('Z', '.000Z'))));
      assert.equal(after.status, 403);
      const problem = await problemOf(after);
      assert.equal(problem.type, 'urn:mor-survey:round-closed');
      assert.equal(problem.detail, 'This survey closed on 31 July 2026 at 17:00. Answers sent after that cannot be counted.');
      const welsh = await problemOf(await post(open.url, makeResponse('summer', (r) => Object.assign(r, { locale: 'cy', submittedAt: '2026-08-01T09:00:00.000Z' }))));
      assert.equal(welsh.detail, 'Caeodd yr arolwg hwn ar 31 Gorffennaf 2026 am 17:00. Ni ellir cyfrif atebion a anfonwyd ar ôl hynny.');
    });

    it('final once the grace has passed: 403 round-closed even for an answer made before the close; an id already stored is still 200 duplicate or 409', async () => {
      const stored = await listRound(open.url, 'summer');
      open.clock.now = at(ROUNDS.summer.closes) + 72 * HOUR;
      const late = makeResponse('summer', (r) => (r.submittedAt = '2026-07-01T10:00:00.000Z'));
      const refused = await post(open.url, late);
      assert.equal(refused.status, 403);
      assert.equal((await problemOf(refused)).type, 'urn:mor-survey:round-closed');
      const again = await post(open.url, stored[0]);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { id: stored[0].id, duplicate: true });
      const other = await post(open.url, { ...stored[0], answers: { ...stored[0].answers, health: 1 } });
      assert.equal(other.status, 409);
      assert.deepEqual(await listRound(open.url, 'summer'), stored);
    });

    it('once made final in the database, a round stays closed to a receiver whose clock says otherwise (another process)', async () => {
      open.clock.now = at(ROUNDS.summer.closes) + 80 * HOUR;
      // A read of the final round makes it final in the database.
      assert.equal((await fetch(`${open.url}/api/results?survey=summer`, { headers: { Authorization: 'Bearer test-admin-token-0123456789abcdef' } })).status, 200);
      open.clock.now = at(ROUNDS.summer.closes) - HOUR;
      const refused = await post(open.url, makeResponse('summer'));
      assert.equal(refused.status, 403);
      assert.equal((await problemOf(refused)).type, 'urn:mor-survey:round-closed');
      assert.equal((await listRound(open.url, 'summer')).length, 3);
    });

    it('a round the rounds file does not name takes nothing: 403', async () => {
      const answer = await post(open.url, makeResponse('2025-autumn'));
      assert.equal(answer.status, 403);
      assert.match((await problemOf(answer)).detail, /does not collect the round "2025-autumn"/);
    });

    it('the hosted survey page: the form while open, else the round’s state in words (English and Welsh); 404 for a round not in the file', async () => {
      const page = async (path) => {
        const answer = await fetch(`${open.url}${path}`);
        assert.equal(answer.status, 200);
        assert.match(answer.headers.get('content-security-policy'), /script-src 'self'/);
        return answer.text();
      };
      open.clock.now = at('2026-11-30T12:00:00Z');
      const upcoming = await page('/survey/winter');
      assert.match(upcoming, /<p class="round-state">This survey opens on 1 December 2026 at 09:00\.<\/p>/);
      assert.doesNotMatch(upcoming, /<mor-survey|<script/);
      assert.match(await page('/survey/winter?lang=cy'), /Mae&#39;r arolwg hwn yn agor ar 1 Rhagfyr 2026 am 09:00\./);
      open.clock.now = at('2026-12-04T12:00:00Z');
      assert.match(await page('/survey/winter'), /<mor-survey endpoint="\.\.\/api\/responses" survey-id="winter">/);
      const closed = await page('/survey/summer');
      assert.match(closed, /This survey closed on 31 July 2026 at 17:00\./);
      assert.doesNotMatch(closed, /<mor-survey/);
      assert.equal((await fetch(`${open.url}/survey/2025-autumn`)).status, 404);
    });
  });
});
