/**
 * Where each round of the rounds file stands now (SPEC §15), by the receiver's clock, and the
 * step that makes a round final in the database once its grace period has passed: from then on
 * no response is stored for it, and its invitations' records are erased (their counts kept).
 * That step runs when the receiver starts, once a minute, and before anything reads a round
 * that has become final (its results, its counts), so it never waits for a reader.
 */
import type { Store } from '../store/types.js';
import type { Round } from './file.js';
import type { RoundsSettings } from './settings.js';
import { finalAt, stateOf, type RoundState } from './state.js';

const SWEEP_MS = 60_000;

export class RoundCalendar {
  readonly #settings: RoundsSettings;
  readonly #now: () => number;
  readonly #store: Store;
  readonly #log: (line: string) => void;
  /** Rounds known to be final in the database: no need to ask again. */
  readonly #final = new Set<string>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #sweeping: Promise<void> = Promise.resolve();

  constructor(settings: RoundsSettings, now: () => number, store: Store, log: (line: string) => void) {
    this.#settings = settings;
    this.#now = now;
    this.#store = store;
    this.#log = log;
  }

  get rounds(): ReadonlyMap<string, Round> {
    return this.#settings.rounds;
  }

  round(id: string): Round | undefined {
    return this.#settings.rounds.get(id);
  }

  stateOf(round: Round): RoundState {
    return stateOf(round, this.#now(), this.#settings.graceMs);
  }

  /** When the round becomes final, in milliseconds. */
  finalAt(round: Round): number {
    return finalAt(round, this.#settings.graceMs);
  }

  /** True when the round is final by the clock; it is then made final in the database first. */
  async isFinal(round: Round): Promise<boolean> {
    if (this.stateOf(round) !== 'final') return false;
    if (!this.#final.has(round.id)) {
      await this.#store.finalise(round.id);
      this.#final.add(round.id);
    }
    return true;
  }

  /** Makes every round that is final by the clock final in the database. */
  async sweep(): Promise<void> {
    for (const round of this.#settings.rounds.values()) await this.isFinal(round);
  }

  /** Sweeps now and then every minute, without keeping the process alive. */
  start(): void {
    const sweep = () => {
      this.#sweeping = this.sweep().catch((error: { code?: string; name?: string }) =>
        this.#log(`could not make a closed round final (${error.code ?? error.name ?? 'error'})`),
      );
    };
    sweep();
    this.#timer = setInterval(sweep, SWEEP_MS);
    this.#timer.unref?.();
  }

  /** Stops sweeping; resolves once a sweep under way has finished. */
  stop(): Promise<void> {
    clearInterval(this.#timer);
    return this.#sweeping;
  }
}
