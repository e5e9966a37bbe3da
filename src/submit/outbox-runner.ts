/**
 * Sends what is in the outbox, one runner per page shared by every `<mor-survey>` on it
 * (SPEC §6). It retries with growing delays while the page is open, at once when the browser
 * comes back online, and at start-up (a page with a survey loading again). A lock per response
 * (Web Locks across tabs, a set within the page) means one response is never sent twice at the
 * same time. No Lit.
 */
import type { SurveyResponse } from '../schema/response.js';
import { MemoryStore, webStorage } from '../storage/web-storage.js';
import { checkEndpoint } from './endpoint-policy.js';
import { retryDelay, type SendOutcome } from './outcome.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import { fetchTransport, send, type Transport } from './transport.js';

export type OutcomeListener = (response: SurveyResponse, outcome: SendOutcome) => void;

const held = new Set<string>();

/** Runs `task` only if nobody (this page, another tab) is running it for `name` now. */
async function exclusively<T>(name: string, task: () => Promise<T>): Promise<T | undefined> {
  if (held.has(name)) return undefined;
  held.add(name);
  try {
    const locks = globalThis.navigator?.locks;
    if (!locks) return await task();
    return await locks.request(name, { ifAvailable: true }, (lock) => (lock ? task() : undefined));
  } finally {
    held.delete(name);
  }
}

export class OutboxRunner {
  #made: Outbox[] | undefined;
  /**
   * Persistent storage first; the memory one holds what storage refused (full, disabled).
   * Made on first use: loading the bundle does not touch localStorage.
   */
  get #outboxes(): Outbox[] {
    return (this.#made ??= [new Outbox(webStorage('local')), new Outbox(new MemoryStore())]);
  }
  readonly #transports = new Map<string, Transport>();
  readonly #listeners = new Set<OutcomeListener>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;

  /** Begins retrying: once per page, however many surveys it has. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    globalThis.addEventListener?.('online', () => void this.flush(true));
    void this.flush(true);
  }

  subscribe(listener: OutcomeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A developer's transport sends the entries of its survey id that have no endpoint. */
  useTransport(survey: string, transport: Transport | undefined): void {
    if (transport) this.#transports.set(survey, transport);
    else this.#transports.delete(survey);
  }

  /**
   * Keeps a response before it is first sent: on the device unless `persist` is false (an
   * invitation code with `draft="off"`, SPEC §15). Returns false if it lives only in this page.
   */
  enqueue(entry: OutboxEntry, persist = true): boolean {
    if (persist && this.#outboxes[0]!.put(entry)) return true;
    this.#outboxes[1]!.put(entry);
    return false;
  }

  #find(id: string): { entry: OutboxEntry; outbox: Outbox } | undefined {
    for (const outbox of this.#outboxes) {
      const entry = outbox.get(id);
      if (entry) return { entry, outbox };
    }
    return undefined;
  }

  /** Waiting entries, oldest first. */
  pending(): OutboxEntry[] {
    return this.#outboxes.flatMap((outbox) => outbox.list());
  }

  #transportFor(entry: OutboxEntry): Transport | undefined {
    if (entry.endpoint === null) return this.#transports.get(entry.response.survey);
    // Storage is writable by any script on the origin: check the endpoint again before use.
    const check = checkEndpoint(entry.endpoint, globalThis.location?.href ?? entry.endpoint);
    return check.ok ? fetchTransport(check.url, { credentials: entry.credentials }) : undefined;
  }

  /**
   * Tries to send one response now (`force`) or when it is due. Returns the outcome, or
   * undefined when nothing was sent: already sent, not due, no transport, or busy elsewhere.
   */
  async attempt(id: string, force = false): Promise<SendOutcome | undefined> {
    const outcome = await exclusively(`mor-survey:send:${id}`, async () => {
      // Read again inside the lock: another tab may have sent it a moment ago.
      const found = this.#find(id);
      if (!found || (!force && found.entry.notBefore > Date.now())) return undefined;
      const { entry, outbox } = found;
      const transport = this.#transportFor(entry);
      if (!transport) return undefined;
      const result = await send(transport, entry.response, entry.timeout, entry.invitation);
      if (result.kind === 'accepted' || result.kind === 'rejected') {
        outbox.remove(id);
      } else {
        const attempts = entry.attempts + 1;
        outbox.put({ ...entry, attempts, notBefore: Date.now() + retryDelay(attempts, result.retryAfterMs) });
      }
      for (const listener of this.#listeners) listener(entry.response, result);
      return result;
    });
    this.#schedule();
    return outcome;
  }

  /** Tries every waiting entry that is due (all of them when `force`). */
  async flush(force = false): Promise<void> {
    const now = Date.now();
    const due = this.pending().filter((entry) => force || entry.notBefore <= now);
    await Promise.all(due.map((entry) => this.attempt(entry.response.id, force)));
    this.#schedule();
  }

  /** One timer for the earliest waiting entry. */
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const sendable = this.pending().filter((entry) => this.#transportFor(entry));
    if (sendable.length === 0) return;
    const next = Math.min(...sendable.map((entry) => entry.notBefore));
    this.#timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }
}

/** The page's runner. */
export const outboxRunner = new OutboxRunner();
