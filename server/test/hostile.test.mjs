// Bad input of any kind (SPEC §12): generated bodies, headers and raw bytes on the socket get a
// clear 4xx and nothing else breaks: the process stays up and everything stored stays exactly
// as it was. fast-check generates the input; the server is the real one on a real database.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import fc from 'fast-check';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { ADMIN_TOKEN, startServer } from './support/server.mjs';
import { admin, everything, makeResponse, post } from './support/responses.mjs';

const INTRANET = 'https://intranet.example.gov.uk';
/** Header values fetch will send: printable ASCII (other bytes go over a raw socket below). */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 200 });
/** Any bytes HTTP allows in a header value, 0x80–0xFF included. */
const headerBytes = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 200 });

/** Changes that each make a valid response invalid. */
const breakIt = fc.oneof(
  fc.jsonValue().filter((v) => v !== 1).map((v) => (r) => (r.version = v)),
  fc.string().map((v) => (r) => (r.id = v)),
  fc.string({ minLength: 1 }).filter((k) => !['version', 'id', 'survey', 'submittedAt', 'locale', 'respondent', 'answers'].includes(k)).map((k) => (r) => (r[k] = 1)),
  fc.jsonValue().filter((v) => ![1, 2, 3, 4, 5].includes(v)).map((v) => (r) => (r.answers.health = v)),
  fc.constantFrom('respondent', 'answers', 'survey', 'id').map((k) => (r) => delete r[k]),
  fc.string({ maxLength: 3000 }).map((v) => (r) => (r.answers.lastInteraction.toImprove = `x${v}${'y'.repeat(2001)}`)),
);

const hostileBody = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  breakIt.map((change) => JSON.stringify(makeResponse('hostile', change))),
  fc.integer({ min: 100, max: 30_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 100, max: 10_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.integer({ min: 60_000, max: 300_000 }).map((n) => `"${'x'.repeat(n)}"`),
  fc.constant(`{"__proto__":{"polluted":true},${JSON.stringify(makeResponse('hostile')).slice(1)}`),
  fc.constant(`{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(makeResponse('hostile')).slice(1)}`),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** Headers that each make an otherwise valid post a refusal. */
const hostileHeaders = fc.oneof(
  headerText.filter((v) => !/^application\/json\s*(;|$)/i.test(v.trim())).map((v) => ({ 'Content-Type': v })),
  headerText.filter((v) => v.trim() !== '').map((v) => ({ 'Idempotency-Key': v })),
  fc.oneof(headerText, fc.webUrl()).filter((v) => v.trim() !== '' && !v.trim().startsWith(INTRANET) && !v.includes('127.0.0.1')).map((v) => ({ Origin: v })),
);

/**
 * Raw bytes on a socket; resolves with whatever came back before the server closed it (or we
 * did, 50 ms after writing). `answered`: the bytes are a whole request with `Connection: close`,
 * so wait for the server's answer and close however busy the machine is (10 s at most).
 */
function raw(url, bytes, { answered = false } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let reply = '';
    let timer;
    socket.on('data', (chunk) => (reply += chunk));
    socket.on('error', () => resolve(reply));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(reply);
    });
    socket.write(bytes, () => (timer = setTimeout(() => socket.destroy(), answered ? 10_000 : 50)));
  });
}

const rawAbuse = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from('POST /api/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"version":1')),
  fc.constant(Buffer.from('POST /api/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nnot a chunk\r\n')),
  fc.constant(Buffer.from('POST /api/responses HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 9\r\n\r\nabc')),
  fc.integer({ min: 17_000, max: 80_000 }).map((n) => Buffer.from(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(n)}\r\n\r\n`)),
  headerText.map((line) => Buffer.from(`${line}\r\n\r\n`, 'latin1')),
);

/** A valid response whose Origin, Content-Type or Idempotency-Key is any bytes: never stored. */
const rawHeaders = fc
  .tuple(fc.constantFrom('Origin', 'Content-Type', 'Idempotency-Key'), headerBytes)
  .filter(([, value]) => /[^\x20-\x7e]/.test(value))
  .map(([name, value]) => {
    const body = JSON.stringify(makeResponse('hostile'));
    const type = name === 'Content-Type' ? '' : 'Content-Type: application/json\r\n';
    return Buffer.from(
      `POST /api/responses HTTP/1.1\r\nHost: x\r\n${type}${name}: ${value}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      'latin1',
    );
  });

forEachStore('hostile input', (kind) => {
  describe(`hostile input on ${kind}`, () => {
    let server;
    let db;
    let baseline;
    before(async () => {
      db = await freshDatabase(kind);
      server = await startServer({ DATABASE_URL: db.url, MOR_ALLOWED_ORIGINS: INTRANET });
      for (const survey of ['hostile', 'hostile', 'other']) assert.equal((await post(server.url, makeResponse(survey))).status, 201);
      baseline = await everything(server.url);
    });
    after(async () => {
      await server?.stop();
      await db?.drop();
    });

    it('refuses generated bodies with 400, 413 or 422', { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(hostileBody, async (body) => {
          const answer = await post(server.url, body);
          const problem = await answer.json();
          return [400, 413, 422].includes(answer.status) && problem.status === answer.status && typeof problem.detail === 'string';
        }),
        { numRuns: 300 },
      );
    });

    it('refuses valid responses sent with hostile headers with 400, 403 or 415', { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(hostileHeaders, async (headers) => {
          const answer = await post(server.url, makeResponse('hostile'), headers);
          await answer.arrayBuffer();
          return [400, 403, 415].includes(answer.status);
        }),
        { numRuns: 300 },
      );
    });

    it('refuses generated tokens on the admin routes', async () => {
      await fc.assert(
        fc.asyncProperty(headerText, fc.constantFrom('GET', 'DELETE'), async (token, method) => {
          fc.pre(token.trim() !== ADMIN_TOKEN);
          const answer = await fetch(`${server.url}/api/responses?survey=hostile`, { method, headers: { Authorization: `Bearer ${token}` } });
          await answer.arrayBuffer();
          return answer.status === 401;
        }),
        { numRuns: 200 },
      );
    });

    it('survives raw bytes, broken framing, oversized headers and abandoned bodies on the socket', { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(rawAbuse, async (bytes) => {
          const reply = await raw(server.url, bytes);
          // Nothing, or HTTP saying no (a generated line can be a real GET): never a server error.
          return reply === '' || /^HTTP\/1\.1 (200|4\d\d) /.test(reply);
        }),
        { numRuns: 150 },
      );
    });

    it('refuses valid responses with any bytes in Origin, Content-Type or Idempotency-Key', async () => {
      await fc.assert(
        fc.asyncProperty(rawHeaders, async (bytes) => /^HTTP\/1\.1 (400|403|415) /.test(await raw(server.url, bytes, { answered: true }))),
        { numRuns: 100 },
      );
    });

    it('is still up afterwards, with everything stored exactly as before', async () => {
      assert.equal(server.child.exitCode, null);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      assert.deepEqual(await everything(server.url), baseline);
      assert.equal((await post(server.url, makeResponse('hostile'))).status, 201);
      assert.equal((await admin(server.url, '/api/surveys')).status, 200);
    });
  });
});
