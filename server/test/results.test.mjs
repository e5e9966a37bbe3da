// The committee's results on the receiver (SPEC §12, §13): GET /api/results made on the server
// from what is stored, who may read it (bearer token, the results page's cookie, or public),
// and the hosted results page with its token form, over HTTP to the real `mor-survey-server`,
// on SQLite and PostgreSQL. Both rounds are final (their data stored while they were open, by
// a receiver whose clock was then); rounds that are not final are tested in rounds-results.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise } from '../../dist/analysis.js';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { ADMIN_TOKEN, runToExit, startServer } from './support/server.mjs';
import { makeResponse } from './support/responses.mjs';
import { roundIn, storeWhileOpen, writeRounds } from './support/rounds.mjs';

const RESULTS_TOKEN = 'results-reader-token-0123456789abcdef';

/** `count` responses of `survey` from `respondent`, with health cycling through 1–5. */
const round = (survey, respondent, count) =>
  Array.from({ length: count }, (_, i) =>
    makeResponse(survey, (r) => {
      r.respondent = respondent;
      r.answers.health = (i % 5) + 1;
      r.answers.lastInteraction = { workedWell: `SECRET-TEXT-${i}` };
    }),
  );

const cookieOf = (answer) => answer.headers.get('set-cookie')?.split(';')[0];

forEachStore('results', (kind) => {
  describe(`results on ${kind}`, () => {
    let server;
    let database;
    // Spring: 12 Officers and 4 Members (too few: both groups hidden); autumn: 15 and 11.
    const spring = [...round('2026-spring', 'officer', 12), ...round('2026-spring', 'member', 4)];
    const autumn = [...round('2025-autumn', 'officer', 15), ...round('2025-autumn', 'member', 11)];
    const population = { '2026-spring': { member: 40, officer: 300 }, '2025-autumn': { member: 40, officer: 310 } };
    const rounds = {
      '2026-spring': roundIn('final', 'open', Date.now() - 24 * 3600_000),
      '2025-autumn': roundIn('final', 'open', Date.now() - 200 * 24 * 3600_000),
    };

    before(async () => {
      database = await freshDatabase(kind);
      const dir = mkdtempSync(join(tmpdir(), 'mor-population-'));
      writeFileSync(join(dir, 'population.json'), JSON.stringify(population));
      await storeWhileOpen(database.url, rounds, [...spring, ...autumn]);
      server = await startServer({
        DATABASE_URL: database.url,
        MOR_RESULTS_TOKEN: RESULTS_TOKEN,
        MOR_POPULATION: join(dir, 'population.json'),
        MOR_ROUNDS: writeRounds(rounds),
        MOR_TITLE: 'Results <for> the committee',
      });
    });
    after(async () => {
      await server?.stop();
      await database?.drop();
    });

    const results = (query, headers = {}) => fetch(`${server.url}/api/results?${query}`, { headers });

    it('answers the summary made from what is stored, as summarise() makes it, for the admin or results token', async () => {
      for (const token of [RESULTS_TOKEN, ADMIN_TOKEN]) {
        const answer = await results('survey=2026-spring&compare=2025-autumn', { Authorization: `Bearer ${token}` });
        assert.equal(answer.status, 200);
        assert.match(answer.headers.get('content-type'), /^application\/json/);
        assert.equal(answer.headers.get('cache-control'), 'no-store');
        const summary = await answer.json();
        const expected = summarise([...spring, ...autumn], { survey: '2026-spring', compare: '2025-autumn', population, rounds });
        assert.deepEqual(summary, JSON.parse(JSON.stringify(expected)));
        // Four Members in spring: both groups hidden there, the total shown with its rate.
        assert.deepEqual(summary.rounds['2026-spring'].groups.member, { suppressed: true });
        assert.deepEqual(summary.rounds['2026-spring'].groups.officer, { suppressed: true });
        assert.equal(summary.rounds['2026-spring'].groups.all.responses, 16);
        assert.equal(summary.rounds['2026-spring'].groups.all.rate, 16 / 340);
        assert.equal(summary.rounds['2025-autumn'].groups.member.responses, 11);
        assert.ok(!JSON.stringify(summary).includes('SECRET-TEXT'), 'free text never leaves the receiver');
      }
    });

    it('asks for a token: 401 with WWW-Authenticate, for none, a wrong one, or a cookie not made from a token', async () => {
      for (const headers of [{}, { Authorization: 'Bearer not-the-token-at-all' }, { Cookie: `mor-results=${RESULTS_TOKEN}` }, { Cookie: 'mor-results=abc' }]) {
        const answer = await results('survey=2026-spring', headers);
        assert.equal(answer.status, 401, JSON.stringify(headers));
        assert.match(answer.headers.get('www-authenticate'), /^Bearer /);
        assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
      }
    });

    it('refuses rounds that are not survey ids, or a round compared with itself: 400; other methods: 405', async () => {
      const auth = { Authorization: `Bearer ${RESULTS_TOKEN}` };
      for (const query of ['', 'survey=', 'survey=a/b', 'survey=2026-spring&compare=x%20y', 'survey=2026-spring&compare=2026-spring']) {
        assert.equal((await results(query, auth)).status, 400, query);
      }
      const one = await (await results('survey=2026-spring', auth)).json();
      assert.equal(one.compare, undefined);
      assert.equal(one.changes, undefined);
      // A round the rounds file does not name is never final.
      const unnamed = await results('survey=2030-spring', auth);
      assert.equal(unnamed.status, 409);
      assert.match((await unnamed.json()).detail, /The rounds file \(MOR_ROUNDS\) has no round "2030-spring", so its results are never final/);
      assert.equal((await results('survey=2026-spring&trend=some', auth)).status, 400);
      const method = await fetch(`${server.url}/api/results?survey=2026-spring`, { method: 'POST', headers: auth });
      assert.equal(method.status, 405);
    });

    it('hosted results page: the token form first, then the results with a cookie that holds no token', async () => {
      const address = `${server.url}/results/2026-spring?compare=2025-autumn`;
      const first = await fetch(address);
      assert.equal(first.status, 200);
      const form = await first.text();
      assert.match(first.headers.get('content-security-policy'), /script-src 'self'.*require-trusted-types-for 'script'.*form-action 'self'/);
      // No MOR_FRAME_ANCESTORS: no site may frame the page, in old browsers too.
      assert.match(first.headers.get('content-security-policy'), /frame-ancestors 'none'/);
      assert.equal(first.headers.get('x-frame-options'), 'DENY');
      assert.match(form, /<form method="post"/);
      assert.match(form, /<label for="token">Results token<\/label>/);
      assert.doesNotMatch(form, /<mor-results|<script/);
      assert.match(form, /Results &lt;for&gt; the committee/);

      const wrong = await fetch(address, { method: 'POST', body: new URLSearchParams({ token: 'nope' }), redirect: 'manual' });
      assert.equal(wrong.status, 401);
      assert.match(wrong.headers.get('www-authenticate'), /^Bearer /);
      assert.equal(wrong.headers.get('set-cookie'), null);
      const again = await wrong.text();
      assert.match(again, /aria-invalid="true"/);
      assert.match(again, /that token is not right/);

      const right = await fetch(address, { method: 'POST', body: new URLSearchParams({ token: RESULTS_TOKEN }), redirect: 'manual' });
      assert.equal(right.status, 303);
      assert.equal(right.headers.get('location'), '2026-spring?compare=2025-autumn');
      const setCookie = right.headers.get('set-cookie');
      // Its value: when it was issued, and a keyed hash of that time (SPEC §16).
      assert.match(setCookie, /^mor-results=\d+\.[A-Za-z0-9_-]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/);
      assert.ok(!setCookie.includes(RESULTS_TOKEN), 'the cookie is not the token');
      const cookie = cookieOf(right);

      const shown = await fetch(address, { headers: { Cookie: cookie } });
      const page = await shown.text();
      assert.match(page, /<script type="module" src="\.\.\/mor-results\.js"><\/script>/);
      assert.match(page, /<mor-results src="\.\.\/api\/results\?survey=2026-spring&amp;compare=2025-autumn&amp;trend=all"><\/mor-results>/);
      const viaCookie = await results('survey=2026-spring&compare=2025-autumn&trend=all', { Cookie: cookie });
      assert.equal(viaCookie.status, 200);
      // On a shared computer the reader can forget the token: the cookie is expired.
      assert.match(page, /<form method="post" class="forget"><input type="hidden" name="forget" value="1"><button type="submit">Forget the token on this computer<\/button><\/form>/);
      const forget = await fetch(address, { method: 'POST', body: new URLSearchParams({ forget: '1' }), headers: { Cookie: cookie }, redirect: 'manual' });
      assert.equal(forget.status, 303);
      assert.equal(forget.headers.get('set-cookie'), 'mor-results=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict');

      // Over https (a proxy ending TLS says so), the cookie is Secure too; Welsh on ?lang=cy.
      const secure = await fetch(`${address}&lang=cy`, {
        method: 'POST',
        body: new URLSearchParams({ token: ADMIN_TOKEN }),
        headers: { 'X-Forwarded-Proto': 'https' },
        redirect: 'manual',
      });
      assert.match(secure.headers.get('set-cookie'), /; Secure$/);
      const welsh = await (await fetch(`${address}&lang=cy`)).text();
      assert.match(welsh, /<html lang="cy">/);
      assert.match(welsh, /Tocyn canlyniadau/);

      assert.equal((await fetch(`${server.url}/results/a%2Fb`)).status, 404);
      assert.equal((await fetch(`${server.url}/results/x?compare=x`)).status, 404);
    });
  });
});

describe('results settings', () => {
  it('public results need no token, for the summary and the page', async () => {
    const database = await freshDatabase('sqlite');
    const rounds = { '2026-spring': roundIn('final') };
    await storeWhileOpen(database.url, rounds, round('2026-spring', 'officer', 3));
    const server = await startServer({ DATABASE_URL: database.url, MOR_PUBLIC_RESULTS: 'true', MOR_ROUNDS: writeRounds(rounds) });
    try {
      assert.equal((await fetch(`${server.url}/api/results?survey=2026-spring`)).status, 200);
      const page = await (await fetch(`${server.url}/results/2026-spring`)).text();
      assert.match(page, /<mor-results src=/);
      assert.doesNotMatch(page, /class="forget"/, 'no token to forget');
      assert.equal((await fetch(`${server.url}/api/responses?survey=2026-spring`)).status, 401, 'admin routes still need the admin token');
    } finally {
      await server.stop();
      await database.drop();
    }
  });

  it('refuses a threshold under 5 and a population file it cannot read, naming the variable', async () => {
    const low = await runToExit({ MOR_MIN_GROUP: '3' });
    assert.notEqual(low.code, 0);
    assert.match(low.output, /MOR_MIN_GROUP must be a whole number of at least 5/);
    const missing = await runToExit({ MOR_POPULATION: '/no/such/population.json' });
    assert.notEqual(missing.code, 0);
    assert.match(missing.output, /MOR_POPULATION: \/no\/such\/population\.json could not be read/);
    const dir = mkdtempSync(join(tmpdir(), 'mor-population-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ '2026-spring': { member: -1, officer: 3 } }));
    const bad = await runToExit({ MOR_POPULATION: join(dir, 'bad.json') });
    assert.match(bad.output, /MOR_POPULATION: "2026-spring" needs/);
  });
});
