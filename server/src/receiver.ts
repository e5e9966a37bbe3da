/**
 * `createReceiver()`: the receiver as a web-standard handler (SPEC §12),
 * `fetch(Request) → Promise<Response>`, to serve with `mor-survey-server` or mount in another
 * Node app. The database is opened (and migrated) at once — waited for up to the start timeout
 * when it is not there yet (SPEC §16) — and requests wait for it up to the commit timeout, then
 * get 503 with Retry-After. With a rounds file, the round calendar marks rounds final as their
 * time comes (SPEC §15).
 */
import type { Hono } from 'hono';
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
import type { Store } from './store/types.js';

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
  /**
   * Finishes the commits already taken (for at most the commit timeout), then closes the
   * database. Stop sending requests first.
   */
  close(): Promise<void>;
}

/** Batches in flight at once: SQLite has one writer; PostgreSQL a pool of connections. */
const PARALLEL = { sqlite: 1, postgres: 4 } as const;

interface Open {
  store: Store;
  calendar: RoundCalendar | undefined;
  commits: GroupCommit;
  app: Hono;
}

export function createReceiver(options: ReceiverOptions = {}): Receiver {
  const adminToken = options.adminToken || randomToken();
  const settings = settle(options, adminToken);
  const location = locate(options.databaseUrl, options.dataDir);
  if (!options.adminToken) {
    settings.log(`no admin token was given (MOR_ADMIN_TOKEN), so this run made one: ${adminToken}`);
  }
  const timeoutMs = settings.commitTimeout * 1000;
  const often = (line: string) => settings.throttled.note(line);
  let open: Open | undefined;
  const opened = openStore(location, often, settings.startTimeout).then((store) => {
    const calendar = settings.rounds && new RoundCalendar(settings.rounds, settings.now, store, settings.log);
    calendar?.start();
    const commits = new GroupCommit(store, { parallel: PARALLEL[store.kind], timeoutMs });
    return (open = { store, calendar, commits, app: buildApp({ settings, store, calendar, commits }) });
  });
  // The failure is reported through `ready` and through every request's 503.
  opened.catch(() => {});
  /** The opened receiver, or undefined when it is not open within the commit timeout (still waiting, or failed). */
  const whenOpen = () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
    return Promise.race([opened, late]).catch(() => undefined).finally(() => clearTimeout(timer));
  };

  return {
    ready: opened.then(({ store }) => ({ storage: store.kind, where: store.where })),
    async fetch(request) {
      const app = (open ?? (await whenOpen()))?.app;
      if (!app) return withStandardHeaders(unavailable('The responses database is not open.'));
      return app.fetch(request);
    },
    async invite(survey, counts) {
      const { store, calendar } = await opened;
      if (!calendar) throw new Error('this receiver has no rounds file (MOR_ROUNDS), so no invited round');
      return makeInvitations(store, calendar, settings.rounds!.invitationKey!, survey, counts);
    },
    async close() {
      await opened.catch(() => undefined);
      if (open) {
        await open.calendar?.stop();
        await open.commits.drain();
        // A store stuck on a stalled disk is not waited for beyond the commit timeout.
        await Promise.race([open.store.close(), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
      }
      settings.throttled.flush();
    },
  };
}
