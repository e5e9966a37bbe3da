/**
 * Chooses and opens the store from DATABASE_URL (SPEC §12): absent → the SQLite file
 * `responses.db` in the data folder; `sqlite:<path>` → that file (`sqlite::memory:` keeps it
 * in memory, for tests and the demo); `postgres://` or `postgresql://` → PostgreSQL.
 * Each driver is loaded only when used, so a PostgreSQL install never loads SQLite's.
 *
 * A database that is not there yet (PostgreSQL starting or refusing connections, a disk not
 * yet writable) is waited for, up to the start timeout (SPEC §16, MOR_START_TIMEOUT), trying
 * again every second; then the start fails saying why. A mistake waiting cannot mend (a wrong
 * password, no such database, a file that is not a database) fails at once.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Store } from './types.js';

export type Location = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function locate(databaseUrl: string | undefined, dataDir: string | undefined): Location {
  if (!databaseUrl) return { kind: 'sqlite', path: join(resolve(dataDir ?? 'mor-survey-data'), 'responses.db') };
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return { kind: 'postgres', url: databaseUrl };
  const sqlite = /^sqlite:(?:\/\/)?(.+)$/i.exec(databaseUrl);
  if (sqlite) return { kind: 'sqlite', path: sqlite[1] === ':memory:' ? ':memory:' : resolve(sqlite[1]!) };
  throw new Error('DATABASE_URL must start with postgres://, postgresql:// or sqlite:');
}

/**
 * Codes that waiting will not change: PostgreSQL's authorization (28…), no such database
 * (3D000), SQL and permission errors (42…); SQLite's "not a database", corruption, and errors in
 * a migration.
 */
const LASTING = /^(?:28|3D000|42|SQLITE_(?:NOTADB|CORRUPT|ERROR|MISUSE)$)/;

/** Why a start attempt failed, for the operator: the code, and a driver's message about connecting (never data). */
function reason(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code?.startsWith('SQLITE_')) return code;
  return [code, message].filter(Boolean).join(' ') || 'no answer';
}

async function openOnce(location: Location, log: (line: string) => void): Promise<Store> {
  if (location.kind === 'postgres') {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(location.url, log);
  }
  if (location.path !== ':memory:') mkdirSync(join(location.path, '..'), { recursive: true, mode: 0o700 });
  const { openSqlite } = await import('./sqlite/store.js');
  return openSqlite(location.path);
}

/**
 * Opens the store, waiting up to `startTimeout` seconds for a database that is not there yet.
 * `log` takes the lines that could repeat (it is the throttled log).
 */
export async function openStore(location: Location, log: (line: string) => void, startTimeout: number): Promise<Store> {
  const deadline = Date.now() + startTimeout * 1000;
  for (;;) {
    try {
      return await openOnce(location, log);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (LASTING.test(code)) throw new Error(reason(error));
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`it did not answer within ${startTimeout} s (${reason(error)}); MOR_START_TIMEOUT sets how long to wait`);
      log(`waiting for the database (${reason(error)})`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, left)));
    }
  }
}
