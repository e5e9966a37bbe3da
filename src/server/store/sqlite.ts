/**
 * The embedded store: one SQLite file (better-sqlite3 12).
 *
 * Durability: WAL with `synchronous = FULL`, so every commit is fsynced before the receiver
 * answers 2xx: a response acknowledged survives `kill -9` and a power cut. Group commit
 * (`group-commit.ts`) batches concurrent responses into one transaction, so the fsync is paid
 * once per batch, not per response.
 *
 * better-sqlite3 is synchronous. `busy_timeout` is 0 so that a lock held elsewhere (another
 * process, a DBA's session) never freezes the event loop: the write is retried on a timer
 * instead, and while it waits the bounded queue answers 503.
 */
import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import type { SurveyResponse } from '../../schema/index.js';
import { SQLITE_MIGRATIONS } from './migrations/index.js';
import { foldRounds } from './rounds.js';
import type { GroupCount, Incoming, InsertOutcome, Store } from './types.js';

/** How long a write keeps retrying a locked database before giving up (the answer is 503). */
const BUSY_DEADLINE_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work`, retrying on SQLITE_BUSY with growing pauses until the deadline. */
async function whenFree<T>(work: () => T): Promise<T> {
  const end = Date.now() + BUSY_DEADLINE_MS;
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      return work();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > end) throw error;
      await sleep(pause);
    }
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS mor_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const apply = db.transaction(() => {
    const done = new Set(db.prepare('SELECT version FROM mor_migrations').pluck().all() as number[]);
    for (const migration of SQLITE_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO mor_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, new Date().toISOString());
    }
  });
  apply.immediate();
}

export async function openSqlite(path: string): Promise<Store> {
  const isNew = path !== ':memory:' && !existsSync(path);
  const db = new Database(path);
  // Responses are personal data: the file is for the service account only.
  if (isNew) chmodSync(path, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 0');
  // A deleted round's text is overwritten, not left in free pages (retention, SPEC §12).
  db.pragma('secure_delete = ON');
  await whenFree(() => migrate(db));

  const insertOne = db.prepare(
    'INSERT INTO mor_responses (id, survey, respondent, received_at, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const bodyOf = db.prepare('SELECT body FROM mor_responses WHERE id = ?').pluck();
  const insertBatch = db.transaction((batch: readonly Incoming[]): InsertOutcome[] =>
    batch.map(({ response, body, receivedAt }) => {
      if (insertOne.run(response.id, response.survey, response.respondent, receivedAt, body).changes) return 'stored';
      return bodyOf.get(response.id) === body ? 'duplicate' : 'conflict';
    }),
  );
  const groups = db.prepare(
    `SELECT survey, respondent, count(*) AS count, min(received_at) AS first, max(received_at) AS last
       FROM mor_responses GROUP BY survey, respondent ORDER BY min(seq)`,
  );
  const bodies = db.prepare('SELECT body FROM mor_responses WHERE survey = ? ORDER BY seq').pluck();
  const removeRound = db.prepare('DELETE FROM mor_responses WHERE survey = ?');

  return {
    kind: 'sqlite',
    where: path,
    insert: (batch) => whenFree(() => insertBatch.immediate(batch)),
    surveys: async () => foldRounds(groups.all() as GroupCount[]),
    responses: async (survey) => (bodies.all(survey) as string[]).map((body) => JSON.parse(body) as SurveyResponse),
    async remove(survey) {
      const { changes } = await whenFree(() => removeRound.run(survey));
      // Move the deletion out of the write-ahead log into the file now, so the old pages in
      // the log are gone too (secure_delete zeroes them in the file).
      db.pragma('wal_checkpoint(TRUNCATE)');
      return changes;
    },
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      db.close();
    },
  };
}
