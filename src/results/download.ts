/**
 * The CSV download's address: an object URL for a Blob of the summary's CSV, made again when
 * the summary or the language changes and released when the element leaves the page. A plain
 * link with `download` then works with the keyboard and needs no script when followed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DownloadLink implements ReactiveController {
  #url: string | undefined;
  #made: { source: unknown; locale: string } | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The URL of `make()`'s CSV for this source and language, made only when one changed. */
  url(source: unknown, locale: string, make: () => string): string {
    const made = this.#made;
    if (this.#url && made && made.source === source && made.locale === locale) return this.#url;
    this.#release();
    this.#url = URL.createObjectURL(new Blob([make()], { type: 'text/csv;charset=utf-8' }));
    this.#made = { source, locale };
    return this.#url;
  }

  #release() {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = undefined;
    this.#made = undefined;
  }

  hostDisconnected(): void {
    this.#release();
  }
}
