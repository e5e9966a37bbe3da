/**
 * What the receiver asks of a database (SPEC §12). Two real implementations: `sqlite/`
 * (node:sqlite, the default) and `postgres.ts` (pg). Idempotency is the database's job: the
 * response id is a unique key, so several receivers on one PostgreSQL never store one twice.
 */
import type { Respondent, SurveyResponse } from 'mor-survey/schema';

/** A validated response and what is kept beside it: nothing about who sent it. */
export interface Incoming {
  response: SurveyResponse;
  /** The validated response as JSON: what is stored and compared for "same content". */
  body: string;
  /** When the receiver took it, ISO 8601 UTC. */
  receivedAt: string;
  /**
   * A response to a round of the rounds file (SPEC §15): refused (`closed`) once the round is
   * final in the database. `invitation`: the hash of its code, used up in the same transaction
   * that stores it, or the reason it cannot be.
   */
  guard?: { invitation?: string };
}

/** Why a guarded response was not stored (SPEC §15): its round is final, or its code cannot be used. */
export type Refusal = 'closed' | 'invitation-unknown' | 'invitation-used' | 'invitation-group';

/**
 * `stored` new · `duplicate` same id, same content · `conflict` same id, other content (whatever
 * the round's state: an id already stored is answered first) · else why it was refused.
 */
export type InsertOutcome = 'stored' | 'duplicate' | 'conflict' | Refusal;

/** A new invitation: the keyed hash of its code, and its group. */
export interface NewInvitation {
  hash: string;
  respondent: Respondent;
}

/** A round's invitations, made and used, per group; kept when the codes' records are erased. */
export interface InvitationCounts {
  invitations: Record<Respondent, number>;
  used: Record<Respondent, number>;
}

/** One round as `GET /api/surveys` lists it. */
export type RoundSummary = { survey: string; responses: number; first: string; last: string } & Record<Respondent, number>;

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data is, for the start-up line: a file path, or the database without its password. */
  readonly where: string;
  /** Stores a batch in one transaction; resolves only after it is committed. */
  insert(batch: readonly Incoming[]): Promise<InsertOutcome[]>;
  /** Every round with its counts, oldest first. */
  surveys(): Promise<RoundSummary[]>;
  /** The responses of one round in id order (never arrival order: SPEC §15). */
  responses(survey: string): Promise<SurveyResponse[]>;
  /** The body (JSON text) stored under a response id, if any. */
  storedBody(id: string): Promise<string | undefined>;
  /** Adds a round's invitations in one transaction; false (and nothing added) when the round is final. */
  addInvitations(survey: string, invitations: readonly NewInvitation[]): Promise<boolean>;
  /** A round's invitations made and used, from its records, or the counts kept once it is final. */
  invitationCounts(survey: string): Promise<InvitationCounts>;
  /**
   * Makes a round final (SPEC §15): from then on no response is stored for it, and its
   * invitations' records are erased (their counts kept). Waits for responses being stored for
   * it; doing it again changes nothing.
   */
  finalise(survey: string): Promise<void>;
  /** Deletes a round for good; resolves with how many responses went. */
  remove(survey: string): Promise<number>;
  /**
   * Makes a small write of its own and commits it (`mor_health`): resolves when writing works,
   * rejects with the database's error code when it does not (SPEC §16, `/healthz`).
   */
  probe(): Promise<void>;
  close(): Promise<void>;
}

/** A database's count of one round's responses from one group. */
export interface GroupCount {
  survey: string;
  respondent: string;
  count: number;
  first: string;
  last: string;
}
