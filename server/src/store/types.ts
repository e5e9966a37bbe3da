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
}

/** `stored` new · `duplicate` same id, same content · `conflict` same id, other content. */
export type InsertOutcome = 'stored' | 'duplicate' | 'conflict';

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
  /** The responses of one round in the order they arrived. */
  responses(survey: string): Promise<SurveyResponse[]>;
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
