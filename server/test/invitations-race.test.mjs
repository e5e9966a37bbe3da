// Two receiver processes on one PostgreSQL database (SPEC §12, §15) never accept one code twice:
// each code is sent with four different responses at once, two to each process, and exactly one
// is stored; the retry of the stored one is a duplicate at either process.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { startServer } from './support/server.mjs';
import { admin, listRound, makeResponse } from './support/responses.mjs';
import { INVITATION_KEY, inviteWithCommand, postWithCode, roundIn, writeRounds } from './support/rounds.mjs';

forEachStore('one code, two processes', (kind) => {
  if (kind !== 'postgres') return;
  describe('one code, two receiver processes on one PostgreSQL database', () => {
    let database;
    let servers = [];
    let codes;
    before(async () => {
      database = await freshDatabase(kind);
      const env = { DATABASE_URL: database.url, MOR_ROUNDS: writeRounds({ race: roundIn('open', 'invited') }), MOR_INVITATION_KEY: INVITATION_KEY };
      codes = await inviteWithCommand(env, 'race', { members: 10, officers: 10 });
      servers = await Promise.all([startServer(env), startServer(env)]);
    });
    after(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await database?.drop();
    });

    it('stores exactly one response per code, whichever process each attempt reaches', { timeout: 60_000 }, async () => {
      const attempts = codes.flatMap(({ group, code }) =>
        [0, 1, 2, 3].map((i) => ({ code, server: servers[i % 2], response: makeResponse('race', (r) => (r.respondent = group)) })),
      );
      const answers = await Promise.all(attempts.map(async (attempt) => ({ ...attempt, status: (await postWithCode(attempt.server.url, attempt.response, attempt.code)).status })));
      for (const { code } of codes) {
        const statuses = answers.filter((a) => a.code === code).map((a) => a.status).sort();
        assert.deepEqual(statuses, [201, 403, 403, 403], code);
      }
      const stored = await listRound(servers[0].url, 'race');
      assert.equal(stored.length, codes.length);
      const counts = await (await admin(servers[1].url, '/api/rounds/race')).json();
      assert.deepEqual(counts.used, { member: 10, officer: 10 });
      // Each stored response sent again, to the other process: a duplicate.
      for (const { response, code, server } of answers.filter((a) => a.status === 201)) {
        const other = servers.find((s) => s !== server);
        assert.equal((await postWithCode(other.url, response, code)).status, 200);
      }
    });
  });
});
