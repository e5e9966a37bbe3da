// Tokens and cookies (SPEC §16): the results token form takes posts from the receiver's own page
// only (Origin / Sec-Fetch-Site), "Forget the token" deletes the cookie, and the cookie carries
// its own issue time under the HMAC, refused by the server 8 hours on — with the receiver's `now`
// moving the clock (SPEC §12). The round is final, so its results page shows them to a reader
// (SPEC §15: never before). Short keys are refused at start (cli.test.mjs) and by
// createReceiver (embed.test.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReceiver } from '../dist/index.js';
import { freshDatabase } from './support/stores.mjs';
import { startServer } from './support/server.mjs';
import { roundIn, writeRounds } from './support/rounds.mjs';

const RESULTS_TOKEN = 'results-token-for-cookies-0123456789abcdef';
const form = (fields) => new URLSearchParams(fields);
const cookieOf = (answer) => answer.headers.get('set-cookie')?.split(';')[0];

describe('the results token form', () => {
  let server;
  let db;
  before(async () => {
    db = await freshDatabase('sqlite');
    server = await startServer({ DATABASE_URL: db.url, MOR_RESULTS_TOKEN: RESULTS_TOKEN, MOR_ROUNDS: writeRounds({ '2026-spring': roundIn('final') }) });
  });
  after(async () => {
    await server?.stop();
    await db?.drop();
  });

  const page = () => `${server.url}/results/2026-spring`;
  const postForm = (fields, headers = {}) => fetch(page(), { method: 'POST', body: form(fields), headers, redirect: 'manual' });

  it('refuses posts from other sites: no cookie set, none forgotten', async () => {
    const own = new URL(server.url).origin;
    const crossSite = [
      { Origin: 'https://attacker.example' },
      { Origin: 'null' },
      { Origin: `${own}.attacker.example` },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: own, 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'none' },
    ];
    for (const headers of crossSite) {
      for (const fields of [{ token: RESULTS_TOKEN }, { forget: '1' }]) {
        const answer = await postForm(fields, headers);
        assert.equal(answer.status, 403, JSON.stringify({ headers, fields }));
        assert.equal(answer.headers.get('set-cookie'), null);
        assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
      }
    }
  });

  it('asks browsers to name its origin to its own address only, so the form post carries it', async () => {
    for (const answer of [await fetch(page()), await postForm({ token: 'wrong' })]) {
      assert.equal(answer.headers.get('referrer-policy'), 'same-origin');
      assert.match(await answer.text(), /<form method="post"/);
    }
  });

  it('takes posts from its own page, as a browser sends them', async () => {
    const own = new URL(server.url).origin;
    // `Origin: null` with `Sec-Fetch-Site: same-origin` is Chromium posting from a no-referrer page.
    for (const headers of [{ Origin: own, 'Sec-Fetch-Site': 'same-origin' }, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }, { Origin: own }, { 'Sec-Fetch-Site': 'same-origin' }, {}]) {
      const answer = await postForm({ token: RESULTS_TOKEN }, headers);
      assert.equal(answer.status, 303, JSON.stringify(headers));
      assert.match(answer.headers.get('set-cookie'), /^mor-results=\d+\.[A-Za-z0-9_-]+; Max-Age=28800; /);
    }
  });

  it('"Forget the token" deletes the cookie, with the attributes it was set with', async () => {
    const own = new URL(server.url).origin;
    const plain = await postForm({ forget: '1' }, { Origin: own, 'Sec-Fetch-Site': 'same-origin' });
    assert.equal(plain.status, 303);
    assert.equal(plain.headers.get('set-cookie'), 'mor-results=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict');
    const secure = await postForm({ forget: '1' }, { Origin: own, 'X-Forwarded-Proto': 'https' });
    assert.equal(secure.headers.get('set-cookie'), 'mor-results=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure');
  });
});

describe('the results cookie on the receiver’s clock', () => {
  const HOUR = 3600_000;
  let clock = Date.parse('2026-05-01T09:00:00Z');
  const rounds = { '2026-spring': roundIn('final', 'open', clock) };
  const receiver = createReceiver({ databaseUrl: 'sqlite::memory:', resultsToken: RESULTS_TOKEN, rounds, now: () => new Date(clock), log: () => {} });
  after(() => receiver.close());
  const base = 'http://mor.council.example';
  const get = (path, cookie) => receiver.fetch(new Request(`${base}${path}`, { headers: cookie ? { Cookie: cookie } : {} }));
  const reads = async (cookie) => {
    const api = (await get('/api/results?survey=2026-spring', cookie)).status;
    const pageShows = (await (await get('/results/2026-spring', cookie)).text()).includes('<mor-results');
    assert.equal(api === 200, pageShows, 'the API and the page agree');
    return api === 200;
  };

  it('is accepted for 8 hours from its issue, then refused by the server', async () => {
    const answer = await receiver.fetch(new Request(`${base}/results/2026-spring`, { method: 'POST', body: form({ token: RESULTS_TOKEN }), headers: { Origin: base } }));
    assert.equal(answer.status, 303);
    const cookie = cookieOf(answer);
    assert.equal(cookie.split('=')[1].split('.')[0], String(clock / 1000), 'the issue time, in Unix seconds');
    assert.equal(await reads(cookie), true);
    clock += 8 * HOUR - 60_000;
    assert.equal(await reads(cookie), true, '7 h 59 min on');
    clock += 2 * 60_000;
    assert.equal(await reads(cookie), false, '8 h 1 min on: a copied cookie is dead');
    clock -= 8 * HOUR + 60_000;
  });

  it('refuses a cookie whose issue time was changed, or that was issued in the future', async () => {
    const answer = await receiver.fetch(new Request(`${base}/results/2026-spring`, { method: 'POST', body: form({ token: RESULTS_TOKEN }) }));
    const cookie = cookieOf(answer);
    const [name, value] = cookie.split('=');
    const [issued, mac] = value.split('.');
    assert.equal(await reads(cookie), true);
    // Made younger by hand, the time no longer matches its HMAC.
    assert.equal(await reads(`${name}=${Number(issued) + 3600}.${mac}`), false);
    assert.equal(await reads(`${name}=${mac}`), false, 'the old form, without a time');
    clock -= 2 * HOUR;
    assert.equal(await reads(cookie), false, 'issued two hours after the receiver’s now');
    clock += 2 * HOUR;
  });
});
