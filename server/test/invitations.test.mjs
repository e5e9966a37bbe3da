// Invitations (SPEC §15), on SQLite and PostgreSQL: `mor-survey-server invite` prints the mail
// merge and stores only keyed hashes; an invited round takes a response only with an unused code
// of its own group, refusing each other case with its own type; a retry stays a duplicate; what
// is stored keeps the day only and never the code; at final the codes' records are erased and
// their counts kept. The receiver here runs in this process so the test can move its clock; the
// command runs as an operator runs it, on the same database.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { isCode, parseCode } from '../../dist/schema.js';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { admin, listRound, makeResponse } from './support/responses.mjs';
import { INVITATION_KEY, inviteWithCommand, postWithCode, roundIn, startReceiver, writeRounds } from './support/rounds.mjs';
import { runCommand } from './support/server.mjs';

/** Rows of `sql` read straight from the database, as an operator with its files or a shell would. */
async function rawRows(database, sql) {
  if (database.kind === 'sqlite') {
    const db = new DatabaseSync(database.path, { readOnly: true });
    try {
      return db.prepare(sql).all().map((row) => ({ ...row }));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Everything the database holds, as text: every table's rows, and for SQLite its files' bytes too. */
async function everythingStored(database) {
  const tables = ['mor_responses', 'mor_invitations', 'mor_final_rounds', 'mor_migrations', ...(database.kind === 'sqlite' ? ['mor_invitation_uses'] : [])];
  const rows = [];
  for (const table of tables) rows.push(...(await rawRows(database, `SELECT * FROM ${table}`)));
  let files = '';
  if (database.kind === 'sqlite') {
    const dir = dirname(database.path);
    for (const name of readdirSync(dir)) files += readFileSync(join(dir, name)).toString('latin1');
  }
  return `${JSON.stringify(rows)}\n${files}`;
}

forEachStore('invitations', (kind) => {
  describe(`invitations on ${kind}`, () => {
    let database;
    let open;
    let env;
    const rounds = {
      invited: roundIn('open', 'invited'),
      other: roundIn('open', 'invited'),
      public: roundIn('open', 'open'),
      closed: roundIn('grace', 'invited'),
      ended: roundIn('final', 'invited'),
    };
    let codes;
    const seen = [];
    const answer = async (promise) => {
      const response = await promise;
      seen.push(await response.clone().text());
      return response;
    };
    const member = (survey = 'invited', change = () => {}) =>
      makeResponse(survey, (r) => {
        r.respondent = 'member';
        change(r);
      });
    const officer = (survey = 'invited') => makeResponse(survey, (r) => (r.respondent = 'officer'));
    const roundCounts = async (survey) => (await admin(open.url, `/api/rounds/${survey}`)).json();

    before(async () => {
      database = await freshDatabase(kind);
      const path = writeRounds(rounds);
      env = { DATABASE_URL: database.url, MOR_ROUNDS: path, MOR_INVITATION_KEY: INVITATION_KEY };
      open = await startReceiver({ databaseUrl: database.url, rounds: path });
      codes = await inviteWithCommand(env, 'invited', { members: 3, officers: 2, link: 'https://receiver.example/survey/invited?lang=cy' });
    });
    after(async () => {
      await open?.close();
      await database?.drop();
    });

    it('invite prints the mail merge: group, a code of that group, the link carrying it; the counts show what was made', async () => {
      assert.deepEqual(codes.map((row) => row.group), ['member', 'member', 'member', 'officer', 'officer']);
      for (const { group, code, link } of codes) {
        assert.ok(isCode(code), code);
        assert.equal(code[0], group === 'member' ? 'M' : 'O');
        assert.equal(link, `https://receiver.example/survey/invited?lang=cy&code=${code}`);
      }
      assert.equal(new Set(codes.map((row) => row.code)).size, 5);
      const counts = await roundCounts('invited');
      assert.deepEqual(counts.invitations, { member: 3, officer: 2 });
      assert.deepEqual(counts.used, { member: 0, officer: 0 });
      assert.deepEqual([counts.responses, counts.member, counts.officer], [0, 0, 0]);
      // Running it again adds codes; the CSV is all of standard output, the note goes to standard error.
      const { code, stdout, stderr } = await runCommand(['invite', 'other', '--officers', '1', '--link', 'https://r.example/s'], env);
      assert.equal(code, 0);
      assert.match(stdout, /^group,code,link\r\nofficer,O-[A-Z0-9-]{14},https:\/\/r\.example\/s\?code=O-[A-Z0-9-]{14}\r\n$/);
      assert.match(stderr, /made 0 Member and 1 Officer invitations for other/);
      await inviteWithCommand(env, 'other', { members: 2 });
      assert.deepEqual((await roundCounts('other')).invitations, { member: 2, officer: 1 });
    });

    it('invite refuses what it cannot do, saying why', async () => {
      const refused = [
        [['invite', 'public', '--members', '1', '--link', 'https://r.example'], env, /"public" is open to anyone with the link/],
        [['invite', 'nowhere', '--members', '1', '--link', 'https://r.example'], env, /has no round "nowhere"/],
        [['invite', 'closed', '--members', '1', '--link', 'https://r.example'], env, /the round "closed" has closed \(.*\): invitations can no longer be made for it/],
        [['invite', 'ended', '--members', '1', '--link', 'https://r.example'], env, /the round "ended" has closed/],
        [['invite', 'invited', '--members', 'many', '--link', 'https://r.example'], env, /--members must be a whole number/],
        [['invite', 'invited', '--members', '1'], env, /--link is needed/],
        [['invite', 'invited', '--members', '1', '--link', 'javascript:alert(1)'], env, /--link must be an http\(s\) address/],
        [['invite', 'invited', '--link', 'https://r.example'], env, /give how many to invite/],
        [['invite', 'invited', '--members', '1', '--link', 'https://r.example'], { ...env, MOR_ROUNDS: '' }, /MOR_ROUNDS must name the rounds file/],
        [['invite', 'invited', '--members', '1', '--link', 'https://r.example'], { ...env, MOR_INVITATION_KEY: '' }, /MOR_INVITATION_KEY must be set/],
      ];
      for (const [args, environment, message] of refused) {
        const { code, stdout, stderr } = await runCommand(args, environment);
        assert.notEqual(code, 0, args.join(' '));
        assert.match(stderr, message);
        assert.equal(stdout, '');
      }
      assert.deepEqual((await roundCounts('invited')).invitations, { member: 3, officer: 2 });
    });

    it('refuses a response without a code, with a code that is not one or not this round’s: 403, each with its own type, and stores nothing', async () => {
      const cases = [
        [undefined, 'urn:mor-survey:invitation-missing', 'This survey is by invitation only. Open it from the link in your invitation.'],
        ['   ', 'urn:mor-survey:invitation-missing'],
        ['M-0000-XXXX-XXXX', 'urn:mor-survey:invitation-unknown', 'This invitation code is not one we sent for this survey. Check that you opened the link in your invitation.'],
        ['<script>', 'urn:mor-survey:invitation-unknown'],
        ['M-2345-6789-ABCD', 'urn:mor-survey:invitation-unknown'],
      ];
      const [otherCode] = await inviteWithCommand(env, 'other', { members: 1 });
      cases.push([otherCode.code, 'urn:mor-survey:invitation-unknown']);
      for (const [code, type, detail] of cases) {
        const refused = await answer(postWithCode(open.url, member(), code));
        assert.equal(refused.status, 403, String(code));
        const problem = await refused.json();
        assert.equal(problem.type, type, String(code));
        if (detail) assert.equal(problem.detail, detail);
      }
      const welsh = await (await postWithCode(open.url, member('invited', (r) => (r.locale = 'cy')))).json();
      assert.equal(welsh.detail, "Drwy wahoddiad yn unig y mae'r arolwg hwn. Agorwch ef o'r ddolen yn eich gwahoddiad.");
      assert.deepEqual(await listRound(open.url, 'invited'), []);
      assert.deepEqual((await roundCounts('invited')).used, { member: 0, officer: 0 });
    });

    it('a code of the other group: 422 invitation-group, and the code is not used up; then its own group’s response is stored, with the code as typed', async () => {
      const code = codes.find((row) => row.group === 'officer').code;
      const wrong = await answer(postWithCode(open.url, member(), code));
      assert.equal(wrong.status, 422);
      const problem = await wrong.json();
      assert.equal(problem.type, 'urn:mor-survey:invitation-group');
      assert.equal(problem.detail, 'This invitation is for an Officer (council employee), so the answers must be given as one.');
      assert.deepEqual((await roundCounts('invited')).used, { member: 0, officer: 0 });
      // Lower case with spaces: its written form is what counts.
      const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
      assert.equal(parseCode(typed), code);
      assert.equal((await answer(postWithCode(open.url, officer(), typed))).status, 201);
      assert.deepEqual((await roundCounts('invited')).used, { member: 0, officer: 1 });
    });

    it('a code is used once: the same response again stays 200 duplicate (with the code, without, or with another that stays unused); another response with it gets 403 "already been used"', async () => {
      const { code } = codes[0];
      const response = member();
      const first = await answer(postWithCode(open.url, response, code));
      assert.equal(first.status, 201);
      // A retry with another code, unused (a second invitation on the same device): the code is
      // given back, not used up by a response already stored (the counts below say so).
      for (const retry of [code, undefined, 'M-2345-6789-ABCD', codes[2].code]) {
        const again = await answer(postWithCode(open.url, response, retry));
        assert.equal(again.status, 200, String(retry));
        assert.deepEqual(await again.json(), { id: response.id, duplicate: true });
      }
      const changed = await answer(postWithCode(open.url, { ...response, answers: { ...response.answers, health: 1 } }, code));
      assert.equal(changed.status, 409);
      for (const locale of ['en', 'cy']) {
        const used = await answer(postWithCode(open.url, member('invited', (r) => (r.locale = locale)), code));
        assert.equal(used.status, 403);
        const problem = await used.json();
        assert.equal(problem.type, 'urn:mor-survey:invitation-used');
        assert.equal(problem.detail, locale === 'en' ? 'This invitation has already been used.' : "Mae'r gwahoddiad hwn eisoes wedi cael ei ddefnyddio.");
      }
      assert.deepEqual((await roundCounts('invited')).used, { member: 1, officer: 1 });
      assert.deepEqual([(await roundCounts('invited')).member, (await roundCounts('invited')).officer], [1, 1]);
    });

    it('stores the day only: submittedAt and the time received keep the UTC day; a retry is compared as stored', async () => {
      const response = member('invited', (r) => (r.submittedAt = '2026-04-02T23:59:58.123Z'));
      assert.equal((await answer(postWithCode(open.url, response, codes[1].code))).status, 201);
      const stored = (await listRound(open.url, 'invited')).find((r) => r.id === response.id);
      assert.deepEqual(stored, { ...response, submittedAt: '2026-04-02T00:00:00.000Z' });
      assert.equal((await answer(postWithCode(open.url, response, codes[1].code))).status, 200);
      const [row] = (await admin(open.url, '/api/surveys').then((a) => a.json())).filter((r) => r.survey === 'invited');
      for (const time of [row.first, row.last]) assert.match(time, /^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
      const received = await rawRows(database, "SELECT received_at FROM mor_responses WHERE survey = 'invited'");
      for (const { received_at: at } of received) assert.match(new Date(at).toISOString(), /T00:00:00\.000Z$/);
      // An open round keeps the exact times.
      const plain = makeResponse('public', (r) => (r.submittedAt = '2026-04-02T23:59:58.123Z'));
      assert.equal((await postWithCode(open.url, plain)).status, 201);
      assert.equal((await listRound(open.url, 'public'))[0].submittedAt, '2026-04-02T23:59:58.123Z');
    });

    it('a code sent to an open round is ignored: the response is stored, the code stays unused for its own round', async () => {
      const before = (await roundCounts('invited')).used;
      const response = makeResponse('public');
      assert.equal((await answer(postWithCode(open.url, response, codes[2].code))).status, 201);
      assert.deepEqual((await roundCounts('invited')).used, before);
    });

    it('the hosted page of an invited round opened without a code asks for one first, and with a code serves the survey', async () => {
      const page = async (path) => {
        const answer = await fetch(`${open.url}${path}`);
        assert.equal(answer.status, 200, path);
        return answer.text();
      };
      const asked = await page('/survey/invited');
      assert.match(asked, /<form method="get" class="token">/);
      assert.match(asked, /<label for="code">Invitation code<\/label>/);
      assert.doesNotMatch(asked, /<mor-survey|mor-survey\.js/, 'no form whose answers would be refused at the end');
      const wrong = await page('/survey/invited?code=M-0000&lang=cy');
      assert.match(wrong, /Gwall: nid cod gwahoddiad yw hwnnw/);
      assert.match(wrong, /<input type="hidden" name="lang" value="cy">/);
      assert.match(wrong, /aria-invalid="true"/);
      // A code as a person might type it: the survey takes it from the address.
      const typed = codes[0].code.toLowerCase().replaceAll('-', ' ');
      assert.match(await page(`/survey/invited?code=${encodeURIComponent(typed)}`), /<mor-survey endpoint="\.\.\/api\/responses" survey-id="invited"/);
      // An open round needs no code.
      assert.match(await page('/survey/public'), /<mor-survey /);
    });

    it('never stores, logs or answers a code; the codes’ records hold a hash, the round, the group and whether used, and nothing else', async () => {
      const columnsOf = async (table) =>
        kind === 'sqlite'
          ? (await rawRows(database, `SELECT name FROM pragma_table_info('${table}')`)).map((row) => row.name)
          : (await rawRows(database, `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' AND table_schema = current_schema() ORDER BY ordinal_position`)).map((row) => row.name);
      // SQLite keeps the used marks as bits of a few small rows (a code's slot is the order codes were made in).
      if (kind === 'sqlite') {
        assert.deepEqual(await columnsOf('mor_invitations'), ['hash', 'survey', 'respondent', 'slot']);
        assert.deepEqual(await columnsOf('mor_invitation_uses'), ['survey', 'word', 'bits']);
      } else {
        assert.deepEqual(await columnsOf('mor_invitations'), ['hash', 'survey', 'respondent', 'used']);
      }
      const stored = await everythingStored(database);
      const text = [stored, open.lines.join('\n'), seen.join('\n')].join('\n');
      for (const { code } of codes) {
        for (const form of [code, code.replaceAll('-', ''), code.slice(2)]) assert.ok(!text.includes(form), `${form} is nowhere`);
      }
    });

    it('once the round is final its codes’ records are erased, the counts made and used kept; nothing more is taken or made', async () => {
      const hashes = (await rawRows(database, "SELECT hash FROM mor_invitations WHERE survey = 'invited'")).map((row) => row.hash);
      assert.equal(hashes.length, 5);
      const before = await roundCounts('invited');
      open.clock.now = Date.parse(rounds.invited.closes) + 72 * 3600_000;
      const after = await roundCounts('invited');
      assert.equal(after.state, 'final');
      assert.deepEqual([after.invitations, after.used], [before.invitations, before.used]);
      assert.deepEqual(await rawRows(database, "SELECT hash FROM mor_invitations WHERE survey = 'invited'"), []);
      if (kind === 'sqlite') assert.deepEqual(await rawRows(database, "SELECT * FROM mor_invitation_uses WHERE survey = 'invited'"), []);
      // The other round's codes stay.
      assert.equal((await rawRows(database, "SELECT hash FROM mor_invitations WHERE survey = 'other'")).length, 4);
      if (kind === 'sqlite') {
        const files = await everythingStored(database);
        for (const hash of hashes) assert.ok(!files.includes(hash), 'the hash is gone from the file and its log');
      }
      const late = await postWithCode(open.url, member(), codes[4].code);
      assert.equal(late.status, 403);
      assert.equal((await late.json()).type, 'urn:mor-survey:round-closed');
      const { code, stderr } = await runCommand(['invite', 'invited', '--members', '1', '--link', 'https://r.example'], env);
      assert.notEqual(code, 0);
      assert.match(stderr, /the round "invited" is final: invitations can no longer be made for it/);
      assert.equal(after.invitations.member + after.invitations.officer, 5);
    });
  });
});
