/**
 * Chooses and opens the store from DATABASE_URL (SPEC §12): absent → the SQLite file
 * `responses.db` in the data folder; `sqlite:<path>` → that file (`sqlite::memory:` keeps it
 * in memory, for tests and the demo); `postgres://` or `postgresql://` → PostgreSQL.
 * Each driver is loaded only when used, so a PostgreSQL install never loads SQLite's.
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

export async function openStore(location: Location, log: (line: string) => void): Promise<Store> {
  if (location.kind === 'postgres') {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(location.url, log);
  }
  if (location.path !== ':memory:') mkdirSync(join(location.path, '..'), { recursive: true, mode: 0o700 });
  const { openSqlite } = await import('./sqlite/store.js');
  return openSqlite(location.path);
}
