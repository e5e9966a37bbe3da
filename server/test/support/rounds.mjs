// Rounds for the receiver's tests (SPEC §15): rounds files with dates around a chosen moment,
// a receiver in this process whose clock the test moves (the `now` option, served over real
// HTTP), and the `invite` command run as an operator runs it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createReceiver } from '../../dist/index.js';
import { ADMIN_TOKEN, runCommand } from './server.mjs';

export const INVITATION_KEY = 'test-invitation-key-0123456789abcdef';
const DAY = 24 * 3600_000;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * A round whose dates put it in `state` at `at` (ms) with the default 72 hours' grace:
 * upcoming (opens in a day), open (opened yesterday, closes in 30 days), grace (closed an hour
 * ago), final (closed 30 days ago).
 */
export function roundIn(state, access = 'open', at = Date.now(), extra = {}) {
  const [opens, closes] = {
    upcoming: [at + DAY, at + 30 * DAY],
    open: [at - DAY, at + 30 * DAY],
    grace: [at - 30 * DAY, at - 3600_000],
    final: [at - 60 * DAY, at - 30 * DAY],
  }[state];
  return { title: { en: `Round ${state}`, cy: `Cylch ${state}` }, opens: iso(opens), closes: iso(closes), access, ...extra };
}

/** The rounds file `rounds` written to a new folder; its path. */
export function writeRounds(rounds) {
  const path = join(mkdtempSync(join(tmpdir(), 'mor-rounds-')), 'rounds.json');
  writeFileSync(path, typeof rounds === 'string' ? rounds : JSON.stringify(rounds, null, 2));
  return path;
}

/**
 * `createReceiver(options)` served over HTTP in this process, its clock at `clock.now` (ms,
 * from `at`, default the real time) until the test moves it: `{ url, receiver, clock, lines,
 * close() }`.
 */
export async function startReceiver(options, { at = Date.now() } = {}) {
  const clock = { now: at };
  const lines = [];
  const receiver = createReceiver({ adminToken: ADMIN_TOKEN, invitationKey: INVITATION_KEY, log: (line) => lines.push(line), now: () => new Date(clock.now), ...options });
  await receiver.ready;
  const server = createServer(getRequestListener(receiver.fetch));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    receiver,
    clock,
    lines,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await receiver.close();
    },
  };
}

/** `mor-survey-server invite` for `survey`; the CSV's rows as `{ group, code, link }`. */
export async function inviteWithCommand(env, survey, { members = 0, officers = 0, link = `https://receiver.example/survey/${survey}` } = {}) {
  const { code, stdout, stderr } = await runCommand(['invite', survey, '--members', String(members), '--officers', String(officers), '--link', link], env);
  if (code !== 0) throw new Error(`invite failed (${code}): ${stderr}`);
  const [header, ...rows] = stdout.trimEnd().split('\r\n');
  if (header !== 'group,code,link') throw new Error(`unexpected CSV header: ${header}`);
  return rows.map((row) => {
    const [group, code, link] = row.split(',');
    return { group, code, link };
  });
}

/** POSTs `response` with its invitation code (none when `code` is undefined). */
export function postWithCode(url, response, code, headers = {}) {
  return fetch(`${url}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': response.id, ...(code !== undefined && { 'Mor-Invitation': code }), ...headers },
    body: JSON.stringify(response),
  });
}

/**
 * Stores `responses` on the database at `databaseUrl` as if each had been sent while its round
 * (of `rounds`) was open: through a receiver in this process whose clock is set inside the
 * round, with a new code for each response of an invited round. Then closes that receiver.
 */
export async function storeWhileOpen(databaseUrl, rounds, responses) {
  const opening = (response) => Date.parse(rounds[response.survey].opens) + 60_000;
  const open = await startReceiver({ databaseUrl, rounds }, { at: Math.min(...responses.map(opening)) });
  try {
    for (const response of responses) {
      const round = rounds[response.survey];
      open.clock.now = opening(response);
      const code =
        round.access === 'invited'
          ? (await open.receiver.invite(response.survey, { member: 0, officer: 0, [response.respondent]: 1 }))[0].code
          : undefined;
      const answer = await postWithCode(open.url, response, code);
      if (answer.status !== 201) throw new Error(`storing ${response.survey}: ${answer.status} ${await answer.text()}`);
    }
  } finally {
    await open.close();
  }
}
