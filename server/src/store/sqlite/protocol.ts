/** The messages between the store (main thread) and its SQLite worker, and errors as they cross. */
import type { SqliteEngine } from './engine.js';

export type Method = keyof SqliteEngine;
export interface Call {
  id: number;
  method: Method;
  args: unknown[];
}
/** `id` 0 is the worker's word that the database is open (or could not be opened). */
export interface Reply {
  id: number;
  value?: unknown;
  error?: { name: string; code: string };
}

/** SQLite's primary result codes a receiver can meet, by number (https://sqlite.org/rescode.html). */
const CODES: Record<number, string> = {
  1: 'SQLITE_ERROR',
  3: 'SQLITE_PERM',
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  7: 'SQLITE_NOMEM',
  8: 'SQLITE_READONLY',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN',
  26: 'SQLITE_NOTADB',
};

/** An error as the store reports it: a name and a code, never a message that could quote data. */
export function sqliteError(error: unknown): { name: string; code: string } {
  const { errcode, code, name } = (error ?? {}) as { errcode?: number; code?: string; name?: string };
  if (typeof errcode === 'number') return { name: 'SqliteError', code: CODES[errcode & 0xff] ?? `SQLITE_${errcode}` };
  return { name: name ?? 'Error', code: code ?? 'UNKNOWN' };
}

/** The reported error as something to throw, carrying its code as drivers' errors do. */
export const asError = ({ name, code }: { name: string; code: string }) => Object.assign(new Error(`${name} ${code}`), { name, code });
