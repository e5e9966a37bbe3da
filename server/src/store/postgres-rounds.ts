/**
 * The PostgreSQL store's part in rounds (SPEC §15), inside its transactions. Several receiver
 * processes may share the database, so the database decides:
 *
 * - A batch takes a shared advisory lock on each round of the rounds file it stores for, and
 *   making a round final takes that lock exclusively: the two never overlap, so once a round is
 *   final no response is stored for it, whichever process was holding one.
 * - A code is used up by `UPDATE … WHERE NOT used`: of two transactions using one code, the
 *   second waits for the first and then finds it used. The response is stored in the same
 *   transaction, so a code is used exactly when its response is stored.
 */
import type pg from 'pg';
import type { Incoming, InsertOutcome, InvitationCounts, NewInvitation } from './types.js';

/** The advisory lock of a round: its own key space (the first number), the round's hash. */
const ROUND_LOCK = 1836;

/** Takes the rounds' locks, shared (storing) or exclusive (finalising), in one order. */
async function lockRounds(client: pg.PoolClient, surveys: readonly string[], mode: 'shared' | 'exclusive'): Promise<void> {
  const take = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await client.query(`SELECT ${take}(${ROUND_LOCK}, hashtext(s)) FROM (SELECT unnest($1::text[]) AS s ORDER BY 1) AS rounds`, [[...surveys].sort()]);
}

/** Of `surveys`, those made final. */
export async function finalAmong(client: pg.PoolClient, surveys: readonly string[]): Promise<Set<string>> {
  await lockRounds(client, surveys, 'shared');
  const { rows } = await client.query<{ survey: string }>('SELECT survey FROM mor_final_rounds WHERE survey = ANY($1::text[])', [surveys]);
  return new Set(rows.map((row) => row.survey));
}

/** The stored text of response `id`, if any. */
export async function storedBody(client: pg.PoolClient | pg.Pool, id: string): Promise<string | undefined> {
  const { rows } = await client.query<{ body: string }>('SELECT body::text AS body FROM mor_responses WHERE id = $1', [id]);
  return rows[0]?.body;
}

/** `why` a response is refused, unless its id is stored already: then it is answered as a duplicate or a conflict (SPEC §15's order). */
async function refuse(client: pg.PoolClient, item: Incoming, why: InsertOutcome): Promise<InsertOutcome> {
  const stored = await storedBody(client, item.response.id);
  return stored === undefined ? why : stored === item.body ? 'duplicate' : 'conflict';
}

/** A response whose round is final: an id already stored is still answered as such. */
export const refuseClosed = (client: pg.PoolClient, item: Incoming) => refuse(client, item, 'closed');

/**
 * A response to an invited round with its code's hash: stored and the code used up, or why not.
 * A refusal is answered as a duplicate or a conflict when the id is already stored (SPEC §15's
 * order); the common case costs the code's update and the insert.
 */
export async function insertInvited(client: pg.PoolClient, item: Incoming, hash: string): Promise<InsertOutcome> {
  const { response, body, receivedAt } = item;
  const used = await client.query('UPDATE mor_invitations SET used = true WHERE hash = $1 AND survey = $2 AND respondent = $3 AND NOT used', [
    hash,
    response.survey,
    response.respondent,
  ]);
  if (used.rowCount === 0) {
    const { rows } = await client.query<{ used: boolean }>('SELECT used FROM mor_invitations WHERE hash = $1 AND survey = $2', [hash, response.survey]);
    return refuse(client, item, !rows[0] ? 'invitation-unknown' : rows[0].used ? 'invitation-used' : 'invitation-group');
  }
  const inserted = await client.query(
    `INSERT INTO mor_responses (id, survey, respondent, received_at, body) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [response.id, response.survey, response.respondent, receivedAt, body],
  );
  if (inserted.rowCount) return 'stored';
  // The id is stored already (sent again, or by another process meanwhile): the code goes back.
  await client.query('UPDATE mor_invitations SET used = false WHERE hash = $1', [hash]);
  return refuse(client, item, 'conflict');
}

export async function addInvitations(client: pg.PoolClient, survey: string, invitations: readonly NewInvitation[]): Promise<boolean> {
  if ((await finalAmong(client, [survey])).size) return false;
  // In hash order, so the table's own order is not the mail merge's.
  const sorted = [...invitations].sort((a, b) => (a.hash < b.hash ? -1 : 1));
  await client.query(
    'INSERT INTO mor_invitations (hash, survey, respondent) SELECT h, $1, r FROM unnest($2::text[], $3::text[]) AS codes (h, r)',
    [survey, sorted.map((row) => row.hash), sorted.map((row) => row.respondent)],
  );
  return true;
}

export async function invitationCounts(pool: pg.Pool, survey: string): Promise<InvitationCounts> {
  const kept = await pool.query<Record<string, number>>(
    'SELECT invited_member, invited_officer, used_member, used_officer FROM mor_final_rounds WHERE survey = $1',
    [survey],
  );
  const row = kept.rows[0];
  if (row) {
    return { invitations: { member: row.invited_member!, officer: row.invited_officer! }, used: { member: row.used_member!, officer: row.used_officer! } };
  }
  const { rows } = await pool.query<{ respondent: 'member' | 'officer'; made: number; used: number }>(
    `SELECT respondent, count(*)::int AS made, (count(*) FILTER (WHERE used))::int AS used
       FROM mor_invitations WHERE survey = $1 GROUP BY respondent`,
    [survey],
  );
  const counts: InvitationCounts = { invitations: { member: 0, officer: 0 }, used: { member: 0, officer: 0 } };
  for (const { respondent, made, used } of rows) {
    counts.invitations[respondent] = made;
    counts.used[respondent] = used;
  }
  return counts;
}

/** True when this call made the round final (and erased its codes). */
export async function finalise(client: pg.PoolClient, survey: string): Promise<boolean> {
  // Waits for every batch storing a response of this round to commit.
  await lockRounds(client, [survey], 'exclusive');
  const { rowCount } = await client.query(
    `INSERT INTO mor_final_rounds (survey, invited_member, invited_officer, used_member, used_officer)
     SELECT $1, count(*) FILTER (WHERE respondent = 'member'), count(*) FILTER (WHERE respondent = 'officer'),
            count(*) FILTER (WHERE respondent = 'member' AND used), count(*) FILTER (WHERE respondent = 'officer' AND used)
       FROM mor_invitations WHERE survey = $1
     ON CONFLICT (survey) DO NOTHING`,
    [survey],
  );
  if (!rowCount) return false;
  await client.query('DELETE FROM mor_invitations WHERE survey = $1', [survey]);
  return true;
}

