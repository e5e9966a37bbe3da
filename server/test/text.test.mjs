// Text the database or a spreadsheet would choke on (SPEC §16). U+0000 and unpaired surrogates
// are refused by the one schema (422), so PostgreSQL's table stays readable as jsonb; every text
// cell of the CSV is quoted, and a formula's start is neutralised at a cell's start and wherever
// a spreadsheet could split the cell into new ones (tab, semicolon, comma, line ends).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { startServer } from './support/server.mjs';
import { admin, listRound, makeResponse, post } from './support/responses.mjs';

/** A response's JSON with `raw` (JSON escapes, e.g. `\\u0000`) as its first free text. */
const withRawText = (response, raw) => JSON.stringify(response).replace('"Clear briefing before committee"', `"${raw}"`);

forEachStore('text', (kind) => {
  describe(`text on ${kind}`, () => {
    let server;
    let db;
    before(async () => {
      db = await freshDatabase(kind);
      server = await startServer({ DATABASE_URL: db.url });
    });
    after(async () => {
      await server?.stop();
      await db?.drop();
    });

    it('refuses U+0000 and unpaired surrogates with 422 naming the field, and stores nothing of them', async () => {
      for (const raw of ['a\\u0000b', 'lone \\ud800 high', 'lone \\udc00 low', 'reversed \\udc00\\ud800 pair']) {
        const response = makeResponse('text-bad');
        const answer = await post(server.url, withRawText(response, raw), { 'Idempotency-Key': response.id });
        assert.equal(answer.status, 422, raw);
        assert.deepEqual((await answer.json()).fields, ['answers.lastInteraction.workedWell']);
      }
      // A real pair (an emoji) is fine.
      const fine = makeResponse('text-bad', (r) => (r.answers.lastInteraction.workedWell = 'Thanks 👍'));
      assert.equal((await post(server.url, fine)).status, 201);
      assert.deepEqual(await listRound(server.url, 'text-bad'), [fine]);
      if (kind === 'postgres') {
        // What main stored broke `body::jsonb` for the whole table; now every row converts.
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        try {
          const { rows } = await client.query("SELECT count(*)::int AS n FROM mor_responses WHERE body::jsonb ? 'answers'");
          assert.equal(rows[0].n, 1);
        } finally {
          await client.end();
        }
      }
    });

    it('quotes every text cell and neutralises formulas at a cell’s start and after a tab, semicolon, comma or line end', async () => {
      const texts = {
        workedWell: 'ok\t=1+1',
        didNotWorkWell: 'ok;=HYPERLINK("http://x")',
        toImprove: 'first line\r+cmd|calc\n-2, @SUM(A1)',
      };
      const response = makeResponse('text-csv', (r) => {
        r.answers.lastInteraction = texts;
        r.answers.issues.details = '=2+2;;@x\t\t+y';
      });
      assert.equal((await post(server.url, response)).status, 201);
      const csv = await (await admin(server.url, '/api/responses.csv?survey=text-csv&labels=codes')).text();
      // The row's cells, read as a CSV reader does (quotes around each, "" inside).
      const row = csv.slice(1).split('\r\n')[1];
      const cells = [...row.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] === undefined ? m[2] : m[1].replaceAll('""', '"')));
      assert.ok(row.startsWith(`"${response.id}",`), 'text cells are quoted');
      assert.ok(cells.includes("ok\t'=1+1"), row);
      assert.ok(cells.includes(`ok;'=HYPERLINK("http://x")`), row);
      assert.ok(cells.includes("first line\r'+cmd|calc\n'-2, @SUM(A1)"), row);
      assert.ok(cells.includes("'=2+2;;'@x\t'\t'+y"), row);
      // Whatever a spreadsheet splits on, no piece starts like a formula.
      for (const cell of cells) for (const piece of cell.split(/[\t;,\r\n]/)) assert.doesNotMatch(piece, /^[=+\-@]/, JSON.stringify(cell));
      assert.deepEqual(await listRound(server.url, 'text-csv'), [response], 'stored as sent: only the CSV is changed');
    });
  });
});
