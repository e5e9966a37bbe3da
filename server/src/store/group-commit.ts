/**
 * Group commit: responses that arrive together are written in one transaction, so the cost of
 * a durable commit (an fsync) is shared by the batch. Each caller's promise settles only after
 * its batch is committed, so a 2xx still means "on disk".
 *
 * A batch starts on `setImmediate`, after the requests already readable in this turn of the
 * event loop have joined it. `parallel` batches may be in flight (1 for SQLite, which has one
 * writer; a few for PostgreSQL, which has a connection pool).
 *
 * No one waits longer than `timeoutMs` (SPEC §16, MOR_COMMIT_TIMEOUT): the write is then
 * refused with `CommitTimeout` (503). One still queued is dropped, so it is never written; one
 * already in a batch may still be committed later — either way the client's retry is stored
 * once (201) or found (200 duplicate), because the response id is the database's unique key.
 */
import type { Incoming, InsertOutcome, Store } from './types.js';

interface Waiting {
  item: Incoming;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** A write that waited longer than the commit timeout. */
export class CommitTimeout extends Error {
  readonly code = 'COMMIT_TIMEOUT';
  constructor() {
    super('the commit took longer than the commit timeout');
    this.name = 'CommitTimeout';
  }
}

/** Whether the latest commit worked, and when it ended (`Date.now()`), for `/healthz`. */
export interface CommitOutcome {
  ok: boolean;
  at: number;
}

export class GroupCommit {
  readonly #store: Store;
  readonly #maxBatch: number;
  readonly #parallel: number;
  readonly #timeoutMs: number;
  #queue: Waiting[] = [];
  #inFlight = 0;
  #scheduled = false;
  #idle: (() => void)[] = [];
  #last: CommitOutcome | undefined;

  constructor(store: Store, { maxBatch = 500, parallel = 1, timeoutMs = 10_000 } = {}) {
    this.#store = store;
    this.#maxBatch = maxBatch;
    this.#parallel = parallel;
    this.#timeoutMs = timeoutMs;
  }

  /** The latest commit's outcome (a timeout counts as a failure); undefined before the first. */
  get last(): CommitOutcome | undefined {
    return this.#last;
  }

  write(item: Incoming): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { item, resolve, reject, timer: setTimeout(() => this.#timeOut(waiting), this.#timeoutMs) };
      this.#queue.push(waiting);
      this.#schedule();
    });
  }

  /** Resolves when every write taken has been committed or failed, or after `timeoutMs` at most. */
  drain(): Promise<void> {
    if (!this.#queue.length && !this.#inFlight) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.#timeoutMs);
      this.#idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #timeOut(waiting: Waiting): void {
    const queued = this.#queue.indexOf(waiting);
    if (queued >= 0) this.#queue.splice(queued, 1);
    this.#last = { ok: false, at: Date.now() };
    waiting.reject(new CommitTimeout());
    this.#checkIdle();
  }

  #schedule(): void {
    if (this.#scheduled || this.#inFlight >= this.#parallel || !this.#queue.length) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#flush();
    });
  }

  #flush(): void {
    while (this.#inFlight < this.#parallel && this.#queue.length) {
      const batch = this.#queue.splice(0, this.#maxBatch);
      this.#inFlight += 1;
      // A promise settles once: a caller already answered 503 by its timer is not answered again.
      this.#store
        .insert(batch.map((waiting) => waiting.item))
        .then(
          (outcomes) => {
            this.#last = { ok: true, at: Date.now() };
            batch.forEach((waiting, i) => waiting.resolve(outcomes[i]!));
          },
          (error: unknown) => {
            this.#last = { ok: false, at: Date.now() };
            batch.forEach((waiting) => waiting.reject(error));
          },
        )
        .finally(() => {
          for (const waiting of batch) clearTimeout(waiting.timer);
          this.#inFlight -= 1;
          this.#schedule();
          this.#checkIdle();
        });
    }
  }

  #checkIdle(): void {
    if (this.#queue.length || this.#inFlight || !this.#idle.length) return;
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
