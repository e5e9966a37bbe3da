/**
 * The numbered migrations of each store, applied in order at start (`NNN-name.sql`; the build
 * inlines the SQL text). Add a file, add it to both lists with the next number; never edit one
 * that has shipped: databases already carry it.
 */
import sqlite001 from './sqlite/001-responses.sql';
import sqlite002 from './sqlite/002-health.sql';
import sqlite003 from './sqlite/003-rounds.sql';
import postgres001 from './postgres/001-responses.sql';
import postgres002 from './postgres/002-health.sql';
import postgres003 from './postgres/003-rounds.sql';

export interface Migration {
  version: number;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: sqlite001 },
  { version: 2, sql: sqlite002 },
  { version: 3, sql: sqlite003 },
];
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: postgres001 },
  { version: 2, sql: postgres002 },
  { version: 3, sql: postgres003 },
];
