/**
 * Group commit: responses that arrive together are written in one transaction, so the cost of
 * a durable commit (an fsync) is shared by the batch. Each caller's promise settles only after
 * its batch is committed, so a 2xx still means "on disk".
 *
 * A batch starts on `setImmediate`, after the requests already readable in this turn of the
 * event loop have joined it. `parallel` batches may be in flight (1 for SQLite, which has one
 * writer; a few for PostgreSQL, which has a connection pool).
 */
import type { Incoming, InsertOutcome, Store } from './types.js';

interface Waiting {
  item: Incoming;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit {
  readonly #store: Store;
  readonly #maxBatch: number;
  readonly #parallel: number;
  #queue: Waiting[] = [];
  #inFlight = 0;
  #scheduled = false;

  constructor(store: Store, { maxBatch = 500, parallel = 1 } = {}) {
    this.#store = store;
    this.#maxBatch = maxBatch;
    this.#parallel = parallel;
  }

  write(item: Incoming): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#schedule();
    });
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
      this.#store
        .insert(batch.map((waiting) => waiting.item))
        .then(
          (outcomes) => batch.forEach((waiting, i) => waiting.resolve(outcomes[i]!)),
          (error: unknown) => batch.forEach((waiting) => waiting.reject(error)),
        )
        .finally(() => {
          this.#inFlight -= 1;
          this.#schedule();
        });
    }
  }
}
