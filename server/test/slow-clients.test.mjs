// Hostile clients (SPEC §16), on raw sockets against the real server: slow headers, slow bodies
// and silent connections are cut within a second or two of MOR_HEADERS_TIMEOUT and
// MOR_BODY_TIMEOUT (short settings here; checked with slack, not raced); sockets beyond
// MOR_MAX_CONNECTIONS are refused at once while the others are served; an abandoned upload gets
// no 500 and no log line; refused origins are logged at most one line per 10 s, naming up to
// five, with the allowed list, which the start line shows too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { freshDatabase } from './support/stores.mjs';
import { ownLines, startServer } from './support/server.mjs';
import { listRound, makeResponse, post } from './support/responses.mjs';
import { linesMatching, sleep, waitFor } from './support/faults.mjs';

/** A raw connection: `{ socket, reply(), closed }`, `closed` resolving with the ms from opening to the server closing it. */
async function open(url) {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  const opened = Date.now();
  let reply = '';
  socket.on('data', (chunk) => (reply += chunk));
  socket.on('error', () => {});
  const closed = new Promise((resolve) => socket.once('close', () => resolve(Date.now() - opened)));
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, reply: () => reply, closed };
}

/** Writes `parts` one at a time, `everyMs` apart, until the socket closes. */
function trickle(socket, parts, everyMs) {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= parts.length) return clearInterval(timer);
    socket.write(parts[i++]);
  }, everyMs);
}

/** One request on its own connection, as raw HTTP, answered; resolves with the reply's text. */
async function requestOn(connection, text) {
  const before = connection.reply().length;
  connection.socket.write(text);
  await waitFor(() => /\r\n\r\n/.test(connection.reply().slice(before)) && /Content-Length: (\d+)/i.test(connection.reply().slice(before)), 'an answer', 10_000);
  return connection.reply().slice(before);
}

const rawPost = (response) => {
  const body = JSON.stringify(response);
  return `POST /api/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

describe('hostile clients', { timeout: 120_000 }, () => {
  let db;
  before(async () => {
    db = await freshDatabase('sqlite');
  });
  after(() => db.drop());

  it('cuts silent connections, slow headers and slow bodies within a second or two of their settings, logging nothing', async (t) => {
    const server = await startServer({ DATABASE_URL: db.url, MOR_HEADERS_TIMEOUT: '2', MOR_BODY_TIMEOUT: '4' });
    try {
      const silent = await open(server.url);
      const slowHeaders = await open(server.url);
      trickle(slowHeaders.socket, ['POST /api/responses HTTP/1.1\r\n', ...Array.from({ length: 100 }, (_, i) => `X-Slow-${i}: yes\r\n`)], 300);
      const slowBody = await open(server.url);
      slowBody.socket.write('POST /api/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      trickle(slowBody.socket, Array.from({ length: 100 }, () => ' '), 300);

      const [silentMs, headersMs, bodyMs] = await Promise.all([silent.closed, slowHeaders.closed, slowBody.closed]);
      t.diagnostic(`closed after ${silentMs} ms (nothing sent), ${headersMs} ms (slow headers, setting 2 s), ${bodyMs} ms (slow body, setting 4 s)`);
      // Never before the setting. The upper bound is wide (a busy machine is slow) yet far under
      // what it guards against: Node checks its own timeouts only every 30 s, and the trickles
      // would go on for 30 s. How close to the setting the cuts come is in the line above.
      for (const [ms, setting] of [[silentMs, 2000], [headersMs, 2000], [bodyMs, 4000]]) {
        assert.ok(ms >= setting - 250, `not cut early: ${ms} ms for ${setting} ms`);
        assert.ok(ms <= setting + 8000, `cut soon after the setting, not at Node's 30 s check: ${ms} ms for ${setting} ms`);
      }
      for (const connection of [silent, slowHeaders, slowBody]) assert.match(connection.reply(), /^HTTP\/1\.1 408 /);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      assert.deepEqual(ownLines(server.output()).map((line) => line.replace(/ at .*/, '')), ['mor-survey-server: receiving'], 'nothing logged');
    } finally {
      await server.stop();
    }
  });

  it('refuses sockets beyond MOR_MAX_CONNECTIONS at once, while the others are served', async () => {
    const server = await startServer({ DATABASE_URL: db.url, MOR_MAX_CONNECTIONS: '4' });
    const connections = [];
    try {
      for (let i = 0; i < 4; i++) {
        const connection = await open(server.url);
        connections.push(connection);
        assert.match(await requestOn(connection, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 200 /);
      }
      const fifth = await open(server.url);
      await fifth.closed;
      assert.equal(fifth.reply(), '', 'closed with no answer');

      const responses = connections.map(() => makeResponse('connections'));
      for (const [i, connection] of connections.entries()) {
        assert.match(await requestOn(connection, rawPost(responses[i])), /^HTTP\/1\.1 201 /, 'the open ones are served');
      }
      connections.pop().socket.destroy();
      await sleep(200);
      const after = await open(server.url);
      connections.push(after);
      assert.match(await requestOn(after, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 200 /, 'a place came free');
      for (const connection of connections.splice(0)) connection.socket.destroy();
      await sleep(200);
      assert.deepEqual(new Set((await listRound(server.url, 'connections')).map((r) => r.id)), new Set(responses.map((r) => r.id)));
    } finally {
      for (const connection of connections) connection.socket.destroy();
      await server.stop();
    }
  });

  it('answers an abandoned upload with no 500 and writes no log line', async () => {
    const server = await startServer({ DATABASE_URL: db.url });
    try {
      const body = JSON.stringify(makeResponse('abandoned'));
      const start = `POST /api/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 40)}`;
      const replies = [];
      for (let i = 0; i < 100; i++) {
        const connection = await open(server.url);
        connection.socket.write(start);
        await sleep(5);
        // Half of them hang up (the server may still answer), half vanish.
        if (i % 2) connection.socket.end();
        else connection.socket.destroy();
        await connection.closed;
        replies.push(connection.reply());
      }
      await sleep(500);
      for (const reply of replies) assert.doesNotMatch(reply, /^HTTP\/1\.1 5\d\d/);
      assert.deepEqual(ownLines(server.output()).map((line) => line.replace(/ at .*/, '')), ['mor-survey-server: receiving'], 'nothing logged');
      assert.deepEqual(await listRound(server.url, 'abandoned'), []);
      assert.equal((await post(server.url, makeResponse('abandoned'))).status, 201);
    } finally {
      await server.stop();
    }
  });

  it('logs refused origins at most one line per 10 s, naming up to five cut to 100 characters, with the allowed list shown at start too', async () => {
    const server = await startServer({ DATABASE_URL: db.url, MOR_ALLOWED_ORIGINS: 'https://intranet.example,https://second.example/' });
    try {
      assert.match(server.output(), /receiving at http:\/\/\S+\/api\/responses \(storage: sqlite, .*\); pages on other origins allowed to post \(MOR_ALLOWED_ORIGINS\): https:\/\/intranet\.example https:\/\/second\.example\n/);
      const long = `https://${'a'.repeat(300)}.example`;
      const origins = ['https://first.example', 'https://b.example', 'https://c.example', long, 'https://d.example', 'null', 'https://f.example', 'https://b.example'];
      const refused = (origin, i) =>
        i % 2
          ? fetch(`${server.url}/api/responses`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } })
          : post(server.url, makeResponse('origins'), { Origin: origin });
      assert.equal((await refused(origins[0], 0)).status, 403);
      const refusals = () => linesMatching(server.output(), /: refused /);
      assert.deepEqual(refusals(), ['mor-survey-server: refused a page on "https://first.example": not in MOR_ALLOWED_ORIGINS (https://intranet.example https://second.example)']);
      for (const [i, origin] of origins.slice(1).entries()) assert.equal((await refused(origin, i + 1)).status, 403);
      assert.equal(refusals().length, 1, 'the others wait for the 10 s to pass');

      await waitFor(() => refusals().length === 2, 'the line naming the others', 15_000);
      const cut = JSON.stringify(long.slice(0, 100));
      assert.equal(
        refusals()[1],
        `mor-survey-server: refused 7 more requests from pages on "https://b.example", "https://c.example", ${cut}, "https://d.example", "null": not in MOR_ALLOWED_ORIGINS (https://intranet.example https://second.example)`,
      );
      assert.ok(!server.output().includes('a'.repeat(101)), 'an origin is cut to 100 characters');
    } finally {
      await server.stop();
    }
    const none = await startServer({ DATABASE_URL: db.url });
    await none.stop();
    assert.match(none.output(), /pages on other origins allowed to post \(MOR_ALLOWED_ORIGINS\): none, only this receiver’s own pages/);
  });
});
