/**
 * The embedded store's part in rounds (SPEC §15), on the engine's connection and inside its
 * transactions: a response to a round of the rounds file is refused once the round is final,
 * and one to an invited round uses up its code in the same transaction that stores it; codes
 * are added, counted, and erased when the round is made final. SQLite has one writer, so each
 * of these runs whole before or after any other write. A code's use is a bit in a small row
 * (see migration 003), so a batch of responses rewrites a few pages, not one per code.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { InsertOutcome, InvitationCounts, NewInvitation } from '../types.js';

/** A guarded response's row: `[id, survey, respondent, receivedAt, body, invitation hash or null]`. */
type GuardedRow = readonly [id: string, survey: string, respondent: string, receivedAt: string, body: string, invitation: string | null];

export interface RoundStatements {
  /** Stores a guarded response, or says why not; runs inside the caller's transaction. */
  insertGuarded(row: GuardedRow): InsertOutcome;
  /** Inside the caller's transaction: false when the round is final. */
  addInvitations(survey: string, invitations: readonly NewInvitation[]): boolean;
  invitationCounts(survey: string): InvitationCounts;
  /** Inside the caller's transaction: true when this call made it final (and erased its codes). */
  finalise(survey: string): boolean;
}

/** Codes' used bits per row of `mor_invitation_uses`: exact as JavaScript numbers. */
const BITS = 52;
const wordOf = (slot: number) => Math.floor(slot / BITS);
const maskOf = (slot: number) => 2 ** (slot % BITS);

export function roundStatements(db: DatabaseSync, insertOne: StatementSync, bodyOf: StatementSync): RoundStatements {
  const isFinal = db.prepare('SELECT 1 AS final FROM mor_final_rounds WHERE survey = ?');
  const invitationOf = db.prepare('SELECT respondent, slot FROM mor_invitations WHERE hash = ? AND survey = ?');
  const isUsed = db.prepare('SELECT (bits & ?) != 0 AS used FROM mor_invitation_uses WHERE survey = ? AND word = ?');
  // Sets the code's bit only if it is not set: one statement says whether it was unused.
  const use = db.prepare('UPDATE mor_invitation_uses SET bits = bits | ? WHERE survey = ? AND word = ? AND (bits & ?) = 0');
  const giveBack = db.prepare('UPDATE mor_invitation_uses SET bits = bits & ~? WHERE survey = ? AND word = ?');
  const nextSlot = db.prepare('SELECT coalesce(max(slot) + 1, 0) AS next FROM mor_invitations WHERE survey = ?');
  const addInvitation = db.prepare('INSERT INTO mor_invitations (hash, survey, respondent, slot) VALUES (?, ?, ?, ?)');
  const addWord = db.prepare('INSERT OR IGNORE INTO mor_invitation_uses (survey, word) VALUES (?, ?)');
  const counted = db.prepare(
    `SELECT i.respondent, count(*) AS made, sum((u.bits >> (i.slot % ${BITS})) & 1) AS used
       FROM mor_invitations i JOIN mor_invitation_uses u ON u.survey = i.survey AND u.word = i.slot / ${BITS}
      WHERE i.survey = ? GROUP BY i.respondent`,
  );
  const keptCounts = db.prepare('SELECT invited_member, invited_officer, used_member, used_officer FROM mor_final_rounds WHERE survey = ?');
  const makeFinal = db.prepare(
    'INSERT INTO mor_final_rounds (survey, invited_member, invited_officer, used_member, used_officer) VALUES (?, ?, ?, ?, ?)',
  );
  const eraseInvitations = db.prepare('DELETE FROM mor_invitations WHERE survey = ?');
  const eraseUses = db.prepare('DELETE FROM mor_invitation_uses WHERE survey = ?');

  const liveCounts = (survey: string): InvitationCounts => {
    const counts: InvitationCounts = { invitations: { member: 0, officer: 0 }, used: { member: 0, officer: 0 } };
    for (const row of counted.all(survey) as { respondent: 'member' | 'officer'; made: number; used: number }[]) {
      counts.invitations[row.respondent] = Number(row.made);
      counts.used[row.respondent] = Number(row.used);
    }
    return counts;
  };

  return {
    insertGuarded([id, survey, respondent, receivedAt, body, invitation]) {
      // The answers come in the order SPEC §15 gives (an id already stored, then the round, then
      // the invitation): each refusal first looks for the id. The common case, a new response
      // with a good code, costs a look at the code, setting its bit and the insert; all of it is
      // one transaction.
      const refuse = (why: InsertOutcome): InsertOutcome => {
        const stored = bodyOf.get(id)?.body;
        return stored === undefined ? why : stored === body ? 'duplicate' : 'conflict';
      };
      if (isFinal.get(survey)) return refuse('closed');
      let code: { respondent: string; slot: number } | undefined;
      if (invitation !== null) {
        code = invitationOf.get(invitation, survey) as typeof code;
        if (!code) return refuse('invitation-unknown');
        const [word, mask] = [wordOf(code.slot), maskOf(code.slot)];
        if (code.respondent !== respondent) return refuse(isUsed.get(mask, survey, word)?.used ? 'invitation-used' : 'invitation-group');
        if (!use.run(mask, survey, word, mask).changes) return refuse('invitation-used');
      }
      if (insertOne.run(id, survey, respondent, receivedAt, body).changes) return 'stored';
      // The id is stored already (sent again): its code, if it had one, is not used by this.
      if (code) giveBack.run(maskOf(code.slot), survey, wordOf(code.slot));
      return refuse('conflict');
    },
    addInvitations(survey, invitations) {
      if (isFinal.get(survey)) return false;
      const first = Number((nextSlot.get(survey) as { next: number }).next);
      invitations.forEach(({ hash, respondent }, i) => addInvitation.run(hash, survey, respondent, first + i));
      for (let word = wordOf(first); word <= wordOf(first + invitations.length - 1); word++) addWord.run(survey, word);
      return true;
    },
    invitationCounts(survey) {
      const kept = keptCounts.get(survey) as Record<string, number> | undefined;
      if (!kept) return liveCounts(survey);
      return {
        invitations: { member: kept.invited_member!, officer: kept.invited_officer! },
        used: { member: kept.used_member!, officer: kept.used_officer! },
      };
    },
    finalise(survey) {
      if (isFinal.get(survey)) return false;
      const { invitations, used } = liveCounts(survey);
      makeFinal.run(survey, invitations.member, invitations.officer, used.member, used.officer);
      eraseInvitations.run(survey);
      eraseUses.run(survey);
      return true;
    },
  };
}
