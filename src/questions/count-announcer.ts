/**
 * The announced character counts of one element's text areas (GOV.UK character count): a
 * polite, visually hidden copy of the count is updated only once typing pauses, so screen
 * readers are not interrupted on every key.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the count is announced. */
const ANNOUNCE_AFTER_MS = 1000;

/** Holds the announced count for each text area of one element. */
export class CountAnnouncer implements ReactiveController {
  readonly #announced = new Map<string, string>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get(field: string): string {
    return this.#announced.get(field) ?? '';
  }

  schedule(field: string, message: string): void {
    clearTimeout(this.#timers.get(field));
    this.#timers.set(
      field,
      setTimeout(() => {
        this.#announced.set(field, message);
        this.#host.requestUpdate();
      }, ANNOUNCE_AFTER_MS),
    );
  }

  hostDisconnected(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
