/**
 * Safe access to Web Storage. Storage can be missing, disabled by policy, full, or throw on any
 * call (Safari private mode, sandboxed iframes); the survey must keep working in memory then.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A store that lives as long as the page: the fallback when Web Storage cannot be used. */
export class MemoryStore implements KeyValueStore {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(String(key), String(value));
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
}

const chosen = new Map<string, KeyValueStore>();

/**
 * `localStorage` / `sessionStorage` when usable, else one shared in-memory store per kind.
 * Probed once per page: the probe writes to storage, which is slow.
 */
export function webStorage(kind: 'local' | 'session'): KeyValueStore {
  let store = chosen.get(kind);
  if (store) return store;
  try {
    store = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    const probe = 'mor-survey:probe';
    store.setItem(probe, '1');
    store.removeItem(probe);
  } catch {
    store = new MemoryStore();
  }
  chosen.set(kind, store);
  return store;
}

/** Keys starting with `prefix`, read before any is removed. */
export function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Parses stored JSON; `undefined` when absent, `null`-safe, never throws. */
export function readJson(store: KeyValueStore, key: string): { found: boolean; value?: unknown; corrupt?: boolean } {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { found: false };
  }
  if (raw === null) return { found: false };
  try {
    return { found: true, value: JSON.parse(raw) };
  } catch {
    return { found: true, corrupt: true };
  }
}

/** Writes JSON; returns false when the store refused (full, disabled). */
export function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function remove(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing more can be done; the entry is validated again when next read.
  }
}
