// The admin routes, CSV for Excel, /healthz, the hosted page, the bundles and the headers on
// every answer (SPEC §12), over HTTP to the real `mor-survey-server`, on SQLite and PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FIELDS } from '../../dist/schema.js';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { ADMIN_TOKEN, startServer } from './support/server.mjs';
import { admin, listRound, makeResponse, post } from './support/responses.mjs';

const dist = (file) => new URL(`../dist/${file}`, import.meta.url);

forEachStore('admin routes', (kind) => {
  describe(`admin routes, CSV and pages on ${kind}`, () => {
    let server;
    let database;
    const answers = [];
    /** Every answer seen, for the header checks at the end. */
    const seen = async (promise) => {
      const answer = await promise;
      answers.push(answer);
      return answer;
    };
    before(async () => {
      database = await freshDatabase(kind);
      server = await startServer({
        DATABASE_URL: database.url,
        MOR_FRAME_ANCESTORS: 'https://council.sharepoint.com https://*.council.gov.uk',
        MOR_PRIVACY_URL: 'https://council.example/privacy?a=1&b="2"',
        MOR_TITLE: 'Our <Member> survey',
      });
    });
    after(async () => {
      await server?.stop();
      await database?.drop();
    });

    it('asks for the admin token on every admin route: 401 with WWW-Authenticate: Bearer', async () => {
      const routes = [
        ['GET', '/api/surveys'],
        ['GET', '/api/responses?survey=x'],
        ['GET', '/api/responses.csv?survey=x'],
        ['DELETE', '/api/responses?survey=x'],
      ];
      for (const [method, path] of routes) {
        for (const token of [false, 'wrong-token', `${ADMIN_TOKEN}x`, ADMIN_TOKEN.slice(0, -1)]) {
          const answer = await seen(admin(server.url, path, { method, token }));
          assert.equal(answer.status, 401, `${method} ${path} with ${token}`);
          assert.match(answer.headers.get('www-authenticate'), /^Bearer realm="mor-survey"/);
          assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
        }
        const basic = await fetch(`${server.url}${path}`, { method, headers: { Authorization: `Basic ${btoa(`admin:${ADMIN_TOKEN}`)}` } });
        assert.equal(basic.status, 401);
      }
    });

    it('lists the rounds with counts per group and times, and a round’s responses in id order (never arrival order)', async () => {
      const a = [makeResponse('list-a'), makeResponse('list-a', (r) => (r.respondent = 'member')), makeResponse('list-a')];
      const b = [makeResponse('list-b', (r) => (r.respondent = 'member'))];
      for (const response of [...a, ...b]) assert.equal((await seen(post(server.url, response))).status, 201);
      const rounds = await (await seen(admin(server.url, '/api/surveys'))).json();
      const mine = rounds.filter((round) => round.survey.startsWith('list-'));
      assert.deepEqual(mine.map(({ first, last, ...counts }) => counts), [
        { survey: 'list-a', responses: 3, member: 1, officer: 2 },
        { survey: 'list-b', responses: 1, member: 1, officer: 0 },
      ]);
      for (const round of mine) {
        assert.ok(!Number.isNaN(Date.parse(round.first)) && round.first <= round.last, 'ISO times, first ≤ last');
      }
      assert.deepEqual(await listRound(server.url, 'list-a'), [...a].sort((x, y) => (x.id < y.id ? -1 : 1)));
      assert.deepEqual(await (await admin(server.url, '/api/responses?survey=nobody')).json(), []);
      for (const path of ['/api/responses', '/api/responses?survey=', '/api/responses?survey=a%20b', '/api/responses.csv']) {
        assert.equal((await seen(admin(server.url, path))).status, 400, path);
      }
    });

    it('exports a round as CSV for Excel: BOM, CRLF, a header from the catalogue, labels in English or Welsh, or codes', async () => {
      const response = makeResponse('csv-round');
      assert.equal((await post(server.url, response)).status, 201);
      const csv = async (labels) => {
        const answer = await seen(admin(server.url, `/api/responses.csv?survey=csv-round${labels ? `&labels=${labels}` : ''}`));
        assert.equal(answer.status, 200);
        assert.equal(answer.headers.get('content-type'), 'text/csv; charset=utf-8');
        assert.equal(answer.headers.get('content-disposition'), 'attachment; filename="mor-survey-csv-round.csv"');
        const bytes = new Uint8Array(await answer.arrayBuffer());
        assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
        const text = new TextDecoder().decode(bytes.slice(3));
        assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'every line ends CRLF');
        const [header, ...rows] = text.slice(0, -2).split('\r\n');
        // Every text cell quoted (SPEC §16), the header's too.
        assert.deepEqual(header.split(','), ['id', 'survey', 'submittedAt', 'locale', ...FIELDS].map((name) => `"${name}"`));
        return rows;
      };
      const start = `"${response.id}","csv-round","2026-04-02T09:15:00.000Z","en"`;
      assert.deepEqual(await csv(), [`${start},"Officer (council employee)","Weekly","Good","Improved","Clear briefing before committee",,,"Yes","No","A meeting ran late.","Not sure"`]);
      assert.deepEqual(await csv('en'), await csv());
      assert.deepEqual(await csv('cy'), [`${start},"Swyddog (un o gyflogeion y cyngor)","Bob wythnos","Da","Wedi gwella","Clear briefing before committee",,,"Ydw","Naddo","A meeting ran late.","Ddim yn siŵr"`]);
      // A rating's code is a number, and stays one.
      assert.deepEqual(await csv('codes'), [`${start},"officer","weekly",4,"improved","Clear briefing before committee",,,"yes","no","A meeting ran late.","not-sure"`]);
      assert.equal((await seen(admin(server.url, '/api/responses.csv?survey=csv-round&labels=fr'))).status, 400);
    });

    it('makes formula-like cells safe and quotes commas, quotes and line breaks', async () => {
      const texts = { workedWell: '=SUM(A1:A9)', didNotWorkWell: '+44 1234 "quoted", with comma', toImprove: '-1\nline two' };
      const risky = makeResponse('csv-risky', (r) => {
        r.answers.lastInteraction = texts;
        r.answers.issues.details = '@cmd|calc';
      });
      assert.equal((await post(server.url, risky)).status, 201);
      const text = await (await admin(server.url, '/api/responses.csv?survey=csv-risky&labels=codes')).text();
      const row = text.split('\r\n')[1];
      assert.ok(row.includes(`,"'=SUM(A1:A9)","'+44 1234 ""quoted"", with comma","'-1\nline two",`), row);
      assert.ok(row.includes(`,"'@cmd|calc",`), row);
    });

    it('deletes a round for good and says how many went; other rounds stay', async () => {
      for (const survey of ['delete-me', 'delete-me', 'keep-me']) assert.equal((await post(server.url, makeResponse(survey))).status, 201);
      const answer = await seen(admin(server.url, '/api/responses?survey=delete-me', { method: 'DELETE' }));
      assert.equal(answer.status, 200);
      assert.deepEqual(await answer.json(), { deleted: 2 });
      assert.deepEqual(await listRound(server.url, 'delete-me'), []);
      assert.equal((await listRound(server.url, 'keep-me')).length, 1);
      const rounds = await (await admin(server.url, '/api/surveys')).json();
      assert.ok(!rounds.some((round) => round.survey === 'delete-me'));
      assert.deepEqual(await (await admin(server.url, '/api/responses?survey=delete-me', { method: 'DELETE' })).json(), { deleted: 0 });
    });

    it('answers /healthz with the storage it uses', async () => {
      const answer = await seen(fetch(`${server.url}/healthz`));
      assert.equal(answer.status, 200);
      assert.deepEqual(await answer.json(), { ok: true, storage: kind });
    });

    it('serves the hosted survey page under the strict policy, framable only by MOR_FRAME_ANCESTORS, in Welsh with ?lang=cy', async () => {
      const answer = await seen(fetch(`${server.url}/survey/2026-spring?lang=cy`));
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('content-type'), 'text/html; charset=utf-8');
      const policy = answer.headers.get('content-security-policy').split('; ');
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "require-trusted-types-for 'script'"]) {
        assert.ok(policy.includes(directive), directive);
      }
      assert.ok(policy.includes('frame-ancestors https://council.sharepoint.com https://*.council.gov.uk'));
      assert.equal(answer.headers.get('x-frame-options'), null);
      const html = await answer.text();
      assert.match(html, /<html lang="cy">/);
      // The privacy notice is the survey's own link, under its statement that it is anonymous.
      assert.match(html, /<mor-survey endpoint="\.\.\/api\/responses" survey-id="2026-spring" privacy-url="[^"]*"><\/mor-survey>/);
      assert.match(html, /<script type="module" src="\.\.\/mor-survey\.js"><\/script>/);
      assert.ok(html.includes('<h1>Arolwg y berthynas rhwng Aelodau a Swyddogion</h1>'), 'no MOR_TITLE_CY: the Welsh default');
      assert.ok(html.includes('privacy-url="https://council.example/privacy?a=1&amp;b=&quot;2&quot;"'), 'the privacy link, escaped');
      assert.ok(!/style=|<script>/.test(html), 'no inline style or script');
      const english = await (await fetch(`${server.url}/survey/2026-spring`)).text();
      assert.match(english, /<html lang="en">/);
      assert.ok(english.includes('<h1>Our &lt;Member&gt; survey</h1>'), 'the configured title, as text');
      for (const path of ['/survey/bad%20id', '/survey/', `/survey/${'x'.repeat(65)}`]) {
        assert.equal((await seen(fetch(`${server.url}${path}`))).status, 404, path);
      }
      const css = await seen(fetch(`${server.url}/mor-page.css`));
      assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    });

    it('serves the package’s own bundles, the same bytes as the root package built them', async () => {
      const survey = await seen(fetch(`${server.url}/mor-survey.js`));
      assert.equal(survey.status, 200);
      assert.equal(survey.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.deepEqual(Buffer.from(await survey.arrayBuffer()), readFileSync(dist('mor-survey.js')));
      const results = await seen(fetch(`${server.url}/mor-results.js`));
      assert.equal(results.status, 200);
      assert.deepEqual(Buffer.from(await results.arrayBuffer()), readFileSync(dist('mor-results.js')));
    });

    it('answers unknown paths 404 and other methods 405, as problem details', async () => {
      const missing = await seen(fetch(`${server.url}/wp-admin`));
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-type'), /^application\/problem\+json/);
      for (const [method, path] of [['PUT', '/api/responses'], ['PATCH', '/api/surveys'], ['POST', '/healthz'], ['DELETE', '/api/responses.csv']]) {
        const answer = await seen(fetch(`${server.url}${path}`, { method }));
        assert.equal(answer.status, 405, `${method} ${path}`);
        assert.ok(answer.headers.get('allow'));
      }
    });

    it('marks every answer no-store and nosniff, and never names its software', async () => {
      answers.push(await post(server.url, makeResponse('headers')), await post(server.url, 'nonsense'));
      assert.ok(answers.length > 40);
      for (const answer of answers) {
        assert.equal(answer.headers.get('cache-control'), 'no-store', answer.url);
        assert.equal(answer.headers.get('x-content-type-options'), 'nosniff', answer.url);
        assert.equal(answer.headers.get('server'), null);
        assert.equal(answer.headers.get('x-powered-by'), null);
      }
    });
  });
});
