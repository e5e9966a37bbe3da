/**
 * The PostgreSQL store (pg). Several receiver processes may share one database: the unique
 * `id` decides which of two racing inserts stores a response, and the other finds it there.
 *
 * A batch is one transaction: one multi-row INSERT … ON CONFLICT DO NOTHING, then a look at
 * the bodies of the ids it did not insert. Rows are inserted in id order so that two processes
 * inserting overlapping batches take their locks in the same order (no deadlock).
 */
import pg from 'pg';
import type { SurveyResponse } from 'mor-survey/schema';
import { POSTGRES_MIGRATIONS } from './migrations/index.js';
import * as rounds from './postgres-rounds.js';
import { foldRounds } from './survey-counts.js';
import type { GroupCount, Incoming, InsertOutcome, Store } from './types.js';

/** Transient failures worth one more try: deadlock, serialization. */
const RETRYABLE = new Set(['40P01', '40001']);

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    // While checked out, a client's broken connection (the database restarted, a DBA ended the
    // session: 57P01) is reported here as well as to the query; unheard, it would end the process.
    client.on('error', ignore);
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      // Released with its error, the client is closed instead of going back to the pool.
      broken = error as Error;
      if (attempt >= 3 || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
    } finally {
      client.off('error', ignore);
      client.release(broken);
    }
  }
}

const ignore = () => {};

async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    // Receivers starting together take turns: one migrates, the others then find it done.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('mor-survey migrations'))");
    await client.query('CREATE TABLE IF NOT EXISTS mor_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM mor_migrations');
    const done = new Set(rows.map((row) => row.version));
    for (const migration of POSTGRES_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO mor_migrations (version, applied_at) VALUES ($1, now())', [migration.version]);
    }
  });
}

/**
 * A batch: responses to rounds of the rounds file are checked against their round first (SPEC
 * §15, `postgres-rounds.ts`); the rest go in together. An id repeated in the batch is
 * found stored by the later copy.
 */
async function insertBatch(client: pg.PoolClient, batch: readonly Incoming[]): Promise<InsertOutcome[]> {
  const guarded = [...new Set(batch.filter((item) => item.guard).map((item) => item.response.survey))];
  if (!guarded.length) return insertPlain(client, batch);
  const final = await rounds.finalAmong(client, guarded);
  const outcomes: InsertOutcome[] = new Array(batch.length);
  const plain = batch.flatMap((item, i) => (item.guard?.invitation === undefined && !final.has(item.response.survey) ? [i] : []));
  (await insertPlain(client, plain.map((i) => batch[i]!))).forEach((outcome, k) => (outcomes[plain[k]!] = outcome));
  // Codes in hash order, so two processes' transactions take their rows' locks in the same order.
  const invited = batch.flatMap((item, i) => (item.guard?.invitation !== undefined && !final.has(item.response.survey) ? [i] : []));
  invited.sort((a, b) => (batch[a]!.guard!.invitation! < batch[b]!.guard!.invitation! ? -1 : 1));
  for (const i of invited) outcomes[i] = await rounds.insertInvited(client, batch[i]!, batch[i]!.guard!.invitation!);
  for (const [i, item] of batch.entries()) if (final.has(item.response.survey)) outcomes[i] = await rounds.refuseClosed(client, item);
  return outcomes;
}

async function insertPlain(client: pg.PoolClient, batch: readonly Incoming[]): Promise<InsertOutcome[]> {
  if (!batch.length) return [];
  // The first copy of an id in a batch is the one inserted; any later copy is compared with it.
  const first = new Map<string, Incoming>();
  for (const item of batch) if (!first.has(item.response.id)) first.set(item.response.id, item);
  const unique = [...first.values()].sort((a, b) => (a.response.id < b.response.id ? -1 : 1));
  const column = <T>(get: (item: Incoming) => T) => unique.map(get);
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO mor_responses (id, survey, respondent, received_at, body)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::json[])
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      column((item) => item.response.id),
      column((item) => item.response.survey),
      column((item) => item.response.respondent),
      column((item) => item.receivedAt),
      column((item) => item.body),
    ],
  );
  const fresh = new Set(inserted.rows.map((row) => row.id));
  const bodies = new Map([...fresh].map((id) => [id, first.get(id)!.body]));
  const elsewhere = [...first.keys()].filter((id) => !fresh.has(id));
  if (elsewhere.length) {
    const { rows } = await client.query<{ id: string; body: string }>(
      'SELECT id, body::text AS body FROM mor_responses WHERE id = ANY($1::text[])',
      [elsewhere],
    );
    for (const row of rows) bodies.set(row.id, row.body);
  }
  return batch.map((item) => {
    const id = item.response.id;
    if (fresh.has(id) && first.get(id) === item) return 'stored';
    return bodies.get(id) === item.body ? 'duplicate' : 'conflict';
  });
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`, for the start-up line. */
const withoutPassword = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1@');

/**
 * Opens the pool and migrates. `log` takes lines that could repeat (a connection lost, once
 * per connection): the receiver passes its throttled log.
 */
export async function openPostgres(url: string, log: (line: string) => void): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    // A DBA sees whose sessions these are (pg_stat_activity); `?application_name=` in the URL wins.
    application_name: 'mor-survey-server',
    // A peer that vanished without closing (a failover) is noticed by TCP, not only by a query.
    keepAlive: true,
    // A locked table or a stuck query fails (503) instead of holding requests for ever.
    lock_timeout: 10_000,
    statement_timeout: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection that breaks (database restarted) must not crash the process; the pool
  // makes a new one on the next query. Only the error code is logged: never a query's values.
  pool.on('error', (error: Error & { code?: string }) => log(`database connection lost (${error.code ?? error.name})`));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  return {
    kind: 'postgres',
    where: withoutPassword(url),
    insert: (batch) => inTransaction(pool, (client) => insertBatch(client, batch)),
    async surveys() {
      const { rows } = await pool.query<GroupCount & { first: Date; last: Date }>(
        `SELECT survey, respondent, count(*)::int AS count, min(received_at) AS first, max(received_at) AS last
           FROM mor_responses GROUP BY survey, respondent ORDER BY min(seq)`,
      );
      return foldRounds(rows.map((row) => ({ ...row, first: row.first.toISOString(), last: row.last.toISOString() })));
    },
    async responses(survey) {
      const { rows } = await pool.query<{ body: string }>(
        'SELECT body::text AS body FROM mor_responses WHERE survey = $1 ORDER BY id COLLATE "C"',
        [survey],
      );
      return rows.map((row) => JSON.parse(row.body) as SurveyResponse);
    },
    storedBody: (id) => rounds.storedBody(pool, id),
    addInvitations: (survey, invitations) => inTransaction(pool, (client) => rounds.addInvitations(client, survey, invitations)),
    invitationCounts: (survey) => rounds.invitationCounts(pool, survey),
    async finalise(survey) {
      if (!(await inTransaction(pool, (client) => rounds.finalise(client, survey)))) return;
      // The erased records' old row versions go now, not at autovacuum's next visit.
      await pool.query('VACUUM mor_invitations').catch((error: { code?: string }) => log(`could not vacuum the invitations (${error.code ?? 'error'})`));
    },
    async remove(survey) {
      const { rowCount } = await pool.query('DELETE FROM mor_responses WHERE survey = $1', [survey]);
      return rowCount ?? 0;
    },
    async probe() {
      await pool.query('INSERT INTO mor_health (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at');
    },
    close: () => pool.end(),
  };
}
