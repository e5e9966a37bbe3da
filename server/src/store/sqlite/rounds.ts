/**
 * The embedded store's part in rounds (SPEC §15), on the engine's connection and inside its
 * transactions: a response to a round of the rounds file is refused once the round is final,
 * and one to an invited round uses up its code in the same transaction that stores it; codes
 * are added, counted, and erased when the round is made final. SQLite has one writer, so each
 * of these runs whole before or after any other write.
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
  finalRounds(): string[];
}

export function roundStatements(db: DatabaseSync, insertOne: StatementSync, bodyOf: StatementSync): RoundStatements {
  const isFinal = db.prepare('SELECT 1 AS final FROM mor_final_rounds WHERE survey = ?');
  const invitationOf = db.prepare('SELECT used FROM mor_invitations WHERE hash = ? AND survey = ?');
  // Used up only if it is this round's, unused and of the response's group: one statement.
  const useInvitation = db.prepare('UPDATE mor_invitations SET used = 1 WHERE hash = ? AND survey = ? AND respondent = ? AND used = 0');
  const giveBack = db.prepare('UPDATE mor_invitations SET used = 0 WHERE hash = ?');
  const addInvitation = db.prepare('INSERT INTO mor_invitations (hash, survey, respondent) VALUES (?, ?, ?)');
  const counted = db.prepare('SELECT respondent, count(*) AS made, sum(used) AS used FROM mor_invitations WHERE survey = ? GROUP BY respondent');
  const keptCounts = db.prepare('SELECT invited_member, invited_officer, used_member, used_officer FROM mor_final_rounds WHERE survey = ?');
  const makeFinal = db.prepare(
    'INSERT INTO mor_final_rounds (survey, invited_member, invited_officer, used_member, used_officer) VALUES (?, ?, ?, ?, ?)',
  );
  const eraseInvitations = db.prepare('DELETE FROM mor_invitations WHERE survey = ?');
  const finalRounds = db.prepare('SELECT survey FROM mor_final_rounds');

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
      // with a good code, costs the code's update and the insert; all of it is one transaction.
      const refuse = (why: InsertOutcome): InsertOutcome => {
        const stored = bodyOf.get(id)?.body;
        return stored === undefined ? why : stored === body ? 'duplicate' : 'conflict';
      };
      if (isFinal.get(survey)) return refuse('closed');
      if (invitation !== null && !useInvitation.run(invitation, survey, respondent).changes) {
        const code = invitationOf.get(invitation, survey) as { used: number } | undefined;
        return refuse(!code ? 'invitation-unknown' : code.used ? 'invitation-used' : 'invitation-group');
      }
      if (insertOne.run(id, survey, respondent, receivedAt, body).changes) return 'stored';
      // The id is stored already (sent again): its code, if it had one, is not used by this.
      if (invitation !== null) giveBack.run(invitation);
      return refuse('conflict');
    },
    addInvitations(survey, invitations) {
      if (isFinal.get(survey)) return false;
      for (const { hash, respondent } of invitations) addInvitation.run(hash, survey, respondent);
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
      return true;
    },
    finalRounds: () => finalRounds.all().map((row) => row.survey as string),
  };
}
