/**
 * `createReceiver()`: the receiver as a web-standard handler (SPEC §12),
 * `fetch(Request) → Promise<Response>`, to serve with `mor-survey-server` or mount in another
 * Node app. The database is opened (and migrated) at once; requests wait for it.
 */
import { buildApp } from './app.js';
import { randomToken } from './http/auth.js';
import { withStandardHeaders } from './http/headers.js';
import { unavailable } from './http/problem.js';
import type { Invitation, ReceiverOptions } from './options.js';
import { RoundCalendar } from './rounds/calendar.js';
import { makeInvitations } from './rounds/invitations.js';
import { settle } from './settings.js';
import { GroupCommit } from './store/group-commit.js';
import { locate, openStore } from './store/open.js';

export interface Receiver {
  /** Answers one request. Never rejects. */
  fetch(request: Request): Promise<Response>;
  /** Resolves when the database is open and migrated, with which it is; rejects if it cannot be. */
  ready: Promise<{ storage: 'sqlite' | 'postgres'; where: string }>;
  /**
   * Makes invitations for an invited round of the rounds file, as `mor-survey-server invite`
   * does (SPEC §15): resolves with the codes once their hashes are stored. Refused (rejects,
   * saying why) for a round that is not invited or has closed.
   */
  invite(survey: string, counts: { member: number; officer: number }): Promise<Invitation[]>;
  /** Closes the database. Stop sending requests first. */
  close(): Promise<void>;
}

/** Batches in flight at once: SQLite has one writer; PostgreSQL a pool of connections. */
const PARALLEL = { sqlite: 1, postgres: 4 } as const;

export function createReceiver(options: ReceiverOptions = {}): Receiver {
  const adminToken = options.adminToken || randomToken();
  const settings = settle(options, adminToken);
  const location = locate(options.databaseUrl, options.dataDir);
  if (!options.adminToken) {
    settings.log(`no admin token was given (MOR_ADMIN_TOKEN), so this run made one: ${adminToken}`);
  }
  const opened = openStore(location, settings.log).then((store) => {
    const calendar = settings.rounds && new RoundCalendar(settings.rounds, settings.now, store, settings.log);
    calendar?.start();
    return { store, calendar, app: buildApp({ settings, store, calendar, commits: new GroupCommit(store, { parallel: PARALLEL[store.kind] }) }) };
  });
  // The failure is reported through `ready` and through every request's 503.
  opened.catch(() => {});

  return {
    ready: opened.then(({ store }) => ({ storage: store.kind, where: store.where })),
    async fetch(request) {
      let app;
      try {
        ({ app } = await opened);
      } catch {
        return withStandardHeaders(unavailable('The responses database could not be opened.'));
      }
      return app.fetch(request);
    },
    async invite(survey, counts) {
      const { store, calendar } = await opened;
      if (!calendar) throw new Error('this receiver has no rounds file (MOR_ROUNDS), so no invited round');
      return makeInvitations(store, calendar, settings.rounds!.invitationKey!, survey, counts);
    },
    async close() {
      const open = await opened.catch(() => undefined);
      await open?.calendar?.stop();
      await open?.store.close();
    },
  };
}
