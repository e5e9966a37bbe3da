/**
 * The embedded store's work, synchronously, on one SQLite file through Node's own `node:sqlite`
 * (no native addon to compile: docs/drivers.md has the measurements that chose it). It runs in
 * a worker thread (`worker.ts`), so a slow or stalled disk never holds up the event loop; an
 * in-memory database, which has no disk to wait for, runs it in the calling thread.
 *
 * Durability: WAL with `synchronous = FULL`, so every commit is fsynced before the receiver
 * answers 2xx: a response acknowledged survives `kill -9` and a power cut. Group commit
 * (`../group-commit.ts`) hands a batch of concurrent responses to one transaction, so the fsync
 * is paid once per batch, not per response.
 */
import { DatabaseSync } from 'node:sqlite';
import { chmodSync, existsSync } from 'node:fs';
import { SQLITE_MIGRATIONS } from '../migrations/index.js';
import type { GroupCount, InsertOutcome, InvitationCounts, NewInvitation } from '../types.js';
import { roundStatements } from './rounds.js';

/**
 * A response as a row: `[id, survey, respondent, receivedAt, body]`, and for a round of the
 * rounds file (SPEC §15) `guarded` 1 with its code's hash or null. Only these cross to the
 * worker thread, not the parsed response: copying the object graph cost about a fifth of the CPU
 * per response (measured by `npm run bench:server`).
 */
export type Row = readonly [id: string, survey: string, respondent: string, receivedAt: string, body: string, guarded?: 1, invitation?: string | null];

/** How long a write waits for a lock held by another connection (a second process, a DBA's shell). */
const BUSY_TIMEOUT_MS = 5000;

export interface SqliteEngine {
  insert(rows: readonly Row[]): InsertOutcome[];
  groups(): GroupCount[];
  /** One round's stored bodies (JSON text), in id order. */
  bodies(survey: string): string[];
  storedBody(id: string): string | undefined;
  remove(survey: string): number;
  addInvitations(survey: string, invitations: readonly NewInvitation[]): boolean;
  invitationCounts(survey: string): InvitationCounts;
  finalise(survey: string): void;
  /** Rewrites the one row of `mor_health`, committed like a response. */
  probe(): void;
  close(): void;
}

/** Runs `work` in one write transaction, taken at once (no upgrade from a read lock to fail later). */
function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // SQLite already rolled back (a full disk does that), so there is nothing to undo.
    }
    throw error;
  }
}

function migrate(db: DatabaseSync): void {
  db.exec('CREATE TABLE IF NOT EXISTS mor_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  inTransaction(db, () => {
    const done = new Set(db.prepare('SELECT version FROM mor_migrations').all().map((row) => row.version as number));
    const record = db.prepare('INSERT INTO mor_migrations (version, applied_at) VALUES (?, ?)');
    for (const migration of SQLITE_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    }
  });
}

export function openEngine(path: string): SqliteEngine {
  const isNew = path !== ':memory:' && !existsSync(path);
  const db = new DatabaseSync(path);
  // Responses are personal data: the file is for the service account only.
  if (isNew) chmodSync(path, 0o600);
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  // A deleted round's text is overwritten, not left in free pages (retention, SPEC §12).
  db.exec('PRAGMA secure_delete = ON');
  migrate(db);

  const insertOne = db.prepare(
    'INSERT INTO mor_responses (id, survey, respondent, received_at, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const bodyOf = db.prepare('SELECT body FROM mor_responses WHERE id = ?');
  const groups = db.prepare(
    `SELECT survey, respondent, count(*) AS count, min(received_at) AS first, max(received_at) AS last
       FROM mor_responses GROUP BY survey, respondent ORDER BY min(seq)`,
  );
  const bodies = db.prepare('SELECT body FROM mor_responses WHERE survey = ? ORDER BY id');
  const removeRound = db.prepare('DELETE FROM mor_responses WHERE survey = ?');
  const rounds = roundStatements(db, insertOne, bodyOf);
  /** Deleted rows leave the write-ahead log for the file now (secure_delete zeroes them there). */
  const checkpoint = () => db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const probe = db.prepare(
    'INSERT INTO mor_health (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
  );

  return {
    insert: (rows) =>
      inTransaction(db, () =>
        rows.map((row) => {
          const [id, survey, respondent, receivedAt, body, guarded, invitation] = row;
          if (guarded) return rounds.insertGuarded([id, survey, respondent, receivedAt, body, invitation ?? null]);
          if (insertOne.run(id, survey, respondent, receivedAt, body).changes) return 'stored';
          return bodyOf.get(id)?.body === body ? 'duplicate' : 'conflict';
        }),
      ),
    groups: () => groups.all() as unknown as GroupCount[],
    bodies: (survey) => bodies.all(survey).map((row) => row.body as string),
    storedBody: (id) => bodyOf.get(id)?.body as string | undefined,
    remove(survey) {
      const { changes } = inTransaction(db, () => removeRound.run(survey));
      // Move the deletion out of the write-ahead log into the file now, so the old pages in
      // the log are gone too (secure_delete zeroes them in the file).
      checkpoint();
      return Number(changes);
    },
    addInvitations: (survey, invitations) => inTransaction(db, () => rounds.addInvitations(survey, invitations)),
    invitationCounts: (survey) => rounds.invitationCounts(survey),
    finalise(survey) {
      // The codes' records go from the file and the log alike: nothing is left to tie a code to a response.
      if (inTransaction(db, () => rounds.finalise(survey))) checkpoint();
    },
    probe: () => void probe.run(new Date().toISOString()),
    close: () => db.close(),
  };
}
