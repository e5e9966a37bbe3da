/**
 * Fetching a summary from `src` (SPEC §13): same-origin credentials, so the receiver's results
 * token cookie or session goes with it; the latest request wins and an older one is abandoned.
 * Says what went wrong in a way the element can put into words: the network, the server's
 * status, or an answer that is not a summary.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Summary } from '../analysis/summary.js';
import { isSummary } from '../analysis/is-summary.js';

export type LoadState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; reason: 'network' | 'shape' }
  | { kind: 'failed'; reason: 'status'; status: number; detail?: string };

export class SummaryLoader implements ReactiveController {
  state: LoadState = { kind: 'idle' };
  #abort: AbortController | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #loaded: (summary: Summary) => void;

  constructor(host: ReactiveControllerHost, loaded: (summary: Summary) => void) {
    this.#host = host;
    this.#loaded = loaded;
    host.addController(this);
  }

  #set(state: LoadState) {
    this.state = state;
    this.#host.requestUpdate();
  }

  /** Stops any request in flight and forgets its state. */
  cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.state.kind !== 'idle') this.#set({ kind: 'idle' });
  }

  /** `lang`: the element's language, asked of the server for the words it answers with. */
  async load(url: string, lang: string): Promise<void> {
    this.cancel();
    this.interrupted = false;
    const abort = (this.#abort = new AbortController());
    this.#set({ kind: 'loading' });
    let body: unknown;
    try {
      const answer = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': lang }, signal: abort.signal });
      if (!answer.ok) {
        // 409: the round is not final yet, and the receiver says in words when it will be (SPEC §13).
        const detail = answer.status === 409 && (await answer.json().catch(() => 0))?.detail;
        if (!abort.signal.aborted) this.#set({ kind: 'failed', reason: 'status', status: answer.status, detail: typeof detail === 'string' ? detail : undefined });
        return;
      }
      body = await answer.json().catch(() => undefined);
    } catch {
      if (!abort.signal.aborted) this.#set({ kind: 'failed', reason: 'network' });
      return;
    }
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    if (!isSummary(body)) {
      this.#set({ kind: 'failed', reason: 'shape' });
      return;
    }
    this.#set({ kind: 'idle' });
    this.#loaded(body);
  }

  /** True when the element left the page while loading: it loads again when it comes back. */
  interrupted = false;

  hostDisconnected(): void {
    if (this.state.kind !== 'loading') return;
    this.interrupted = true;
    this.cancel();
  }
}
