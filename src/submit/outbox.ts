/**
 * Responses waiting to be sent (SPEC §6 Outbox), one storage key per response so that two tabs
 * never overwrite each other's entries. No DOM beyond the store passed in; every entry read
 * back is checked with the response schema, and anything else is discarded with a warning.
 */
import { parseCode } from '../invitation/code.js';
import * as compiled from '../schema/compiled.js';
import type { SurveyResponse } from '../schema/response.js';
import { isValid } from '../schema/shape.js';
import { CREDENTIALS } from './transport.js';
import { keysWithPrefix, readJson, remove, writeJson, type KeyValueStore } from '../storage/web-storage.js';

const PREFIX = 'mor-survey:outbox:';

export interface OutboxEntry {
  /** The response exactly as first built; each retry sends it unchanged. */
  response: SurveyResponse;
  /** Absolute URL it was made for, or null when a developer's transport sends it. */
  endpoint: string | null;
  credentials: RequestCredentials;
  timeout: number;
  /** Attempts that failed so far. */
  attempts: number;
  /** Epoch ms before which no automatic retry is made. */
  notBefore: number;
  /** The invitation code sent with every attempt as `Mor-Invitation` (SPEC §15); never in the body. */
  invitation?: string | undefined;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    (e.endpoint === null || (typeof e.endpoint === 'string' && /^https?:\/\//.test(e.endpoint))) &&
    CREDENTIALS.includes(e.credentials as RequestCredentials) &&
    Number.isFinite(e.timeout) &&
    Number.isInteger(e.attempts) &&
    Number.isFinite(e.notBefore) &&
    // No code, or one in its written form.
    parseCode(e.invitation) === e.invitation &&
    isValid(compiled.response, e.response)
  );
}

export class Outbox {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
  }

  /** Stores an entry; false when storage refused it (it then lives only in this page). */
  put(entry: OutboxEntry): boolean {
    return writeJson(this.#store, PREFIX + entry.response.id, entry);
  }

  get(id: string): OutboxEntry | undefined {
    const key = PREFIX + id;
    const read = readJson(this.#store, key);
    if (!read.found) return undefined;
    if (read.corrupt || !isEntry(read.value) || read.value.response.id !== id) {
      console.warn(`mor-survey: an unsent response in storage (${key}) could not be read and was discarded.`);
      remove(this.#store, key);
      return undefined;
    }
    return read.value;
  }

  /** Every readable entry, oldest first. */
  list(): OutboxEntry[] {
    return keysWithPrefix(this.#store, PREFIX)
      .map((key) => this.get(key.slice(PREFIX.length)))
      .filter((entry): entry is OutboxEntry => entry !== undefined)
      .sort((a, b) => a.response.submittedAt.localeCompare(b.response.submittedAt));
  }

  remove(id: string): void {
    remove(this.#store, PREFIX + id);
  }
}
