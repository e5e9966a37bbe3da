/**
 * Lines that could repeat once per request — a storage error during an outage, a page on an
 * origin that is not allowed — written at most once per 10 s per kind (SPEC §16), so a flood
 * of requests cannot flood the log. The first of a kind is written at once; the others in the
 * next 10 s are counted, with up to five of what they were about, and written as one line when
 * the 10 s are up.
 */

/** What a kind's line says, given how many times it happened and up to five of their details. */
export type Describe = (count: number, details: readonly string[]) => string;

interface Spell {
  /** When this kind's last line was written (ms). */
  wrote: number;
  count: number;
  details: Set<string>;
  timer?: ReturnType<typeof setTimeout>;
  describe: Describe;
}

const LOG_SPELL_MS = 10_000;
const MAX_DETAILS = 5;

/** `kind (SQLITE_FULL)`, then `kind (SQLITE_FULL): 120 more times in the last 10 s`. */
const counted =
  (kind: string): Describe =>
  (count) =>
    count === 1 ? kind : `${kind}: ${count.toLocaleString('en-GB')} more times in the last ${LOG_SPELL_MS / 1000} s`;

export class ThrottledLog {
  readonly #write: (line: string) => void;
  readonly #spells = new Map<string, Spell>();

  constructor(write: (line: string) => void) {
    this.#write = write;
  }

  /**
   * Notes one occurrence of `kind`; `detail` (an origin, say) is named in the line when it is
   * among the first five different ones of the spell.
   */
  note(kind: string, describe: Describe = counted(kind), detail?: string): void {
    const now = Date.now();
    let spell = this.#spells.get(kind);
    if (!spell || (!spell.timer && now - spell.wrote >= LOG_SPELL_MS)) {
      spell = { wrote: now, count: 0, details: new Set(), describe };
      this.#spells.set(kind, spell);
      this.#write(describe(1, detail === undefined ? [] : [detail]));
      return;
    }
    spell.count += 1;
    spell.describe = describe;
    if (detail !== undefined && spell.details.size < MAX_DETAILS) spell.details.add(detail);
    spell.timer ??= setTimeout(() => this.#close(kind), Math.max(0, spell.wrote + LOG_SPELL_MS - now));
    // A line still to come must not keep a stopping process alive; flush() writes it then.
    spell.timer.unref?.();
  }

  /** Writes every count not yet written (at stop). */
  flush(): void {
    for (const kind of [...this.#spells.keys()]) this.#close(kind);
  }

  #close(kind: string): void {
    const spell = this.#spells.get(kind);
    if (!spell) return;
    if (spell.timer) clearTimeout(spell.timer);
    spell.timer = undefined;
    if (!spell.count) return;
    this.#write(spell.describe(spell.count, [...spell.details]));
    spell.wrote = Date.now();
    spell.count = 0;
    spell.details.clear();
  }
}
