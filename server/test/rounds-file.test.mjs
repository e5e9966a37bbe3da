// The rounds file (SPEC §15): what stops the start, with a message naming the round and the
// field (from `mor-survey-server` and from createReceiver alike), what is allowed (overlapping
// rounds), and GET /api/rounds, which anyone may read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReceiver } from '../dist/index.js';
import { runToExit, startServer } from './support/server.mjs';
import { freshDatabase } from './support/stores.mjs';
import { INVITATION_KEY, roundIn, writeRounds } from './support/rounds.mjs';

const SPRING = {
  title: { en: 'Spring 2026', cy: 'Gwanwyn 2026' },
  opens: '2026-03-02T09:00:00Z',
  closes: '2026-04-30T17:00:00Z',
  access: 'invited',
  population: { member: 51, officer: 630 },
};
const with_ = (change) => ({ '2026-spring': { ...SPRING, ...change } });

describe('the rounds file', () => {
  const refused = [
    ['closes not after opens', with_({ closes: '2026-03-01T09:00:00Z' }), /MOR_ROUNDS: rounds\["2026-spring"\]\.closes must be after opens/],
    ['closes equal to opens', with_({ closes: SPRING.opens }), /rounds\["2026-spring"\]\.closes must be after opens/],
    ['an unknown access', with_({ access: 'members' }), /rounds\["2026-spring"\]\.access must be "open" or "invited"/],
    ['a title without Welsh', with_({ title: { en: 'Spring 2026' } }), /rounds\["2026-spring"\]\.title must be an object with texts en and cy/],
    ['a title with an empty English', with_({ title: { en: ' ', cy: 'Gwanwyn' } }), /rounds\["2026-spring"\]\.title must be/],
    ['a date that is not a UTC time', with_({ opens: '2 March 2026' }), /rounds\["2026-spring"\]\.opens must be a UTC time/],
    ['a local time without Z', with_({ closes: '2026-04-30T17:00:00' }), /rounds\["2026-spring"\]\.closes must be a UTC time/],
    ['a wrong population', with_({ population: { member: 51 } }), /rounds\["2026-spring"\]\.population must be/],
    ['a misspelt field', with_({ close: '2026-04-30T17:00:00Z' }), /rounds\["2026-spring"\] has an unknown field "close"/],
    ['a round id that is not one', { 'spring 2026': SPRING }, /MOR_ROUNDS: "spring 2026" is not a round id/],
    ['a list instead of an object', [SPRING], /MOR_ROUNDS: the file must hold an object/],
    ['no round at all', {}, /MOR_ROUNDS: the file names no round/],
    ['a file that is not JSON', '{ "2026-spring": ', /MOR_ROUNDS: .*rounds\.json could not be read as JSON/],
  ];
  for (const [name, file, message] of refused) {
    it(`stops the start for ${name}, naming the round and the field`, async () => {
      const { code, output } = await runToExit({ MOR_ROUNDS: writeRounds(file), MOR_INVITATION_KEY: INVITATION_KEY });
      assert.notEqual(code, 0);
      assert.match(output, message);
      if (typeof file === 'object' && !Array.isArray(file)) {
        assert.throws(() => createReceiver({ databaseUrl: 'sqlite::memory:', rounds: file, invitationKey: INVITATION_KEY, log: () => {} }), message);
      }
    });
  }

  it('stops the start for a file it cannot read, for MOR_SURVEYS beside it, and for an invited round without a key of 32 characters', async () => {
    const missing = await runToExit({ MOR_ROUNDS: '/no/such/rounds.json' });
    assert.match(missing.output, /MOR_ROUNDS: \/no\/such\/rounds\.json could not be read/);
    const path = writeRounds(with_({}));
    const both = await runToExit({ MOR_ROUNDS: path, MOR_INVITATION_KEY: INVITATION_KEY, MOR_SURVEYS: '2026-spring' });
    assert.match(both.output, /MOR_SURVEYS and MOR_ROUNDS cannot both be set/);
    const keyless = await runToExit({ MOR_ROUNDS: path });
    assert.match(keyless.output, /MOR_INVITATION_KEY must be set: the round "2026-spring" is invited/);
    const short = await runToExit({ MOR_ROUNDS: path, MOR_INVITATION_KEY: 'x'.repeat(31) });
    assert.match(short.output, /MOR_INVITATION_KEY must be at least 32 characters/);
    for (const grace of ['-1', '1.5', 'soon']) assert.match((await runToExit({ MOR_ROUNDS: path, MOR_INVITATION_KEY: INVITATION_KEY, MOR_GRACE_HOURS: grace })).output, /MOR_GRACE_HOURS must be a whole number/);
    // An open round needs no key.
    const open = writeRounds(with_({ access: 'open' }));
    const database = await freshDatabase('sqlite');
    const server = await startServer({ DATABASE_URL: database.url, MOR_ROUNDS: open });
    await server.stop();
  });

  it('lets rounds overlap, and lists them for anyone with their states, the earliest first; [] without a file', async () => {
    const now = Date.now();
    const rounds = {
      'per-meeting': roundIn('open', 'open', now),
      '2026-spring': { ...roundIn('open', 'invited', now), opens: new Date(now - 10 * 24 * 3600_000).toISOString() },
      later: roundIn('upcoming', 'open', now),
      closed: roundIn('grace', 'open', now),
      old: roundIn('final', 'invited', now),
    };
    const database = await freshDatabase('sqlite');
    const server = await startServer({ DATABASE_URL: database.url, MOR_ROUNDS: writeRounds(rounds), MOR_INVITATION_KEY: INVITATION_KEY });
    try {
      const answer = await fetch(`${server.url}/api/rounds`);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      const listed = await answer.json();
      assert.deepEqual(
        listed.map(({ survey, state }) => [survey, state]),
        [['old', 'final'], ['closed', 'grace'], ['2026-spring', 'open'], ['per-meeting', 'open'], ['later', 'upcoming']],
      );
      const { population: _, ...spring } = rounds['2026-spring'];
      assert.deepEqual(listed[2], { survey: '2026-spring', ...spring, state: 'open' });
      assert.equal((await fetch(`${server.url}/api/rounds`, { method: 'POST' })).status, 405);
    } finally {
      await server.stop();
    }
    const without = await startServer({ DATABASE_URL: database.url });
    try {
      assert.deepEqual(await (await fetch(`${without.url}/api/rounds`)).json(), []);
    } finally {
      await without.stop();
    }
  });
});
