/**
 * What a receiver can be told (SPEC §12). `config.ts` reads the same from the environment for
 * `mor-survey-server`; a developer embedding `createReceiver` passes them directly. The types
 * here are the package's public ones, so they import nothing from `mor-survey` (which the
 * server package does not depend on: SPEC §10).
 */

export interface ReceiverOptions {
  /** `postgres://…`, `sqlite:<path>`; absent: `responses.db` in `dataDir` (DATABASE_URL). */
  databaseUrl?: string;
  /** Folder of the default SQLite file; default `mor-survey-data` under the working directory (MOR_DATA_DIR). */
  dataDir?: string;
  /** Bearer token for the admin routes; absent: a random one, printed once (MOR_ADMIN_TOKEN). */
  adminToken?: string;
  /** Bearer token that may read results only (MOR_RESULTS_TOKEN). */
  resultsToken?: string;
  /** Results need no token (MOR_PUBLIC_RESULTS=true). */
  publicResults?: boolean;
  /** The fewest answers a group or question is shown with in results; default 10, at least 5 (MOR_MIN_GROUP). */
  minGroup?: number;
  /** How many Members and Officers were asked, per round, for response rates (MOR_POPULATION, a JSON file). */
  population?: Population;
  /** Origins whose pages may post responses from another origin (MOR_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** When set, only these rounds are accepted (MOR_SURVEYS). */
  surveys?: readonly string[];
  /** Largest request body in bytes; default 65,536 (MOR_MAX_BODY). */
  maxBody?: number;
  /** Responses waiting to be committed before new ones get 503; default 1,000 (MOR_MAX_PENDING). */
  maxPending?: number;
  /** Seconds to wait at start for a database that does not answer yet; default 60 (MOR_START_TIMEOUT). */
  startTimeout?: number;
  /** Seconds a commit may take before its requests are answered 503; default 10 (MOR_COMMIT_TIMEOUT). */
  commitTimeout?: number;
  /** Sources allowed to frame the hosted pages (CSP frame-ancestors); default none (MOR_FRAME_ANCESTORS). */
  frameAncestors?: readonly string[];
  /** Title of the hosted pages, per language (MOR_TITLE, MOR_TITLE_CY). */
  title?: { en?: string; cy?: string };
  /** The council's privacy notice, linked from the hosted survey (MOR_PRIVACY_URL). */
  privacyUrl?: string;
  /** Folder holding `mor-survey.js` (and `mor-results.js`); default the package's `dist/`. */
  assetsDir?: string;
  /**
   * The rounds file (SPEC §15): its object, or the path of its JSON file (MOR_ROUNDS). With it,
   * only its rounds take responses, each while it is open, and results are published once final.
   */
  rounds?: RoundsFile | string;
  /** Hours after a round closes during which a response made before the close is still taken; default 72 (MOR_GRACE_HOURS). */
  graceHours?: number;
  /** The key invitation codes are hashed with, at least 32 characters; needed for an invited round (MOR_INVITATION_KEY). */
  invitationKey?: string;
  /**
   * The clock: rounds open, close and become final by it, and the results cookie's 8 hours are
   * counted on it. Default the system's; tests move it.
   */
  now?: () => Date;
  /** Where the receiver's few lines go (start-up, token, storage errors); default stderr. */
  log?: (line: string) => void;
}

/** How many Members and Officers were asked, per round: `{ "2026-spring": { "member": 51, "officer": 630 } }`. */
export type Population = Record<string, { member: number; officer: number }>;

/**
 * The rounds file (SPEC §15): round id → its title in English and Welsh, when it opens and
 * closes (UTC), who may answer, and optionally how many were asked. The same shape as
 * `RoundsFile` of `mor-survey/analysis` (rounds/file.ts checks that they agree).
 */
export type RoundsFile = Record<
  string,
  {
    title: { en: string; cy: string };
    opens: string;
    closes: string;
    access: 'open' | 'invited';
    population?: { member: number; officer: number };
  }
>;

/** An invitation made for an invited round: its group and its code (printed once, never stored). */
export interface Invitation {
  group: 'member' | 'officer';
  code: string;
}

export const DEFAULT_MAX_BODY = 64 * 1024;
export const DEFAULT_MAX_PENDING = 1000;
export const DEFAULT_START_TIMEOUT = 60;
export const DEFAULT_COMMIT_TIMEOUT = 10;

/** The shortest admin, results or invitation key (SPEC §16): long enough that guessing is hopeless. */
export const MIN_KEY_LENGTH = 32;
