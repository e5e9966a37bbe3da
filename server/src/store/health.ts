/**
 * Whether the receiver can store responses now (SPEC §16), for `/healthz`: answered from the
 * latest commit — a batch of responses, or the store's own small write (`Store.probe`) — when
 * it is at most a couple of seconds old, and otherwise by making that small write now. So the
 * answer turns false while commits fail (a full or read-only disk, the database down) and true
 * again once a write works, even when no responses arrive; and there is at most one probe every
 * two seconds, however often a load balancer asks.
 *
 * Never slower than the commit timeout: a probe stuck behind a stalled disk counts as a failure.
 */
import type { CommitOutcome, GroupCommit } from './group-commit.js';
import type { Store } from './types.js';

const PROBE_EVERY_MS = 2000;

const newest = (a: CommitOutcome | undefined, b: CommitOutcome | undefined) => (!a || (b && b.at > a.at) ? b : a);

export class Health {
  readonly #store: Store;
  readonly #commits: GroupCommit;
  readonly #timeoutMs: number;
  #probe: CommitOutcome | undefined;
  /** The probe the store is working on, and when it began. */
  #probing: { done: Promise<boolean>; since: number } | undefined;

  constructor(store: Store, commits: GroupCommit, timeoutMs: number) {
    this.#store = store;
    this.#commits = commits;
    this.#timeoutMs = timeoutMs;
  }

  /** True when a write has just worked, or does now. */
  async writing(): Promise<boolean> {
    const now = Date.now();
    const latest = newest(this.#probe, this.#commits.last);
    if (latest && now - latest.at < PROBE_EVERY_MS) return latest.ok;
    if (this.#probing) {
      if (now - this.#probing.since >= this.#timeoutMs) return false;
    } else {
      const record = (ok: boolean) => {
        this.#probe = { ok, at: Date.now() };
        this.#probing = undefined;
        return ok;
      };
      this.#probing = { done: this.#store.probe().then(() => record(true), () => record(false)), since: now };
    }
    const { done, since } = this.#probing;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), since + this.#timeoutMs - now)));
    try {
      return await Promise.race([done, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
