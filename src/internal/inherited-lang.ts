/**
 * Follows the `lang` of the nearest ancestor (through shadow roots) and asks the host to update
 * when its own `lang` or any `lang` in the document changes, so a survey inside
 * `<div lang="cy">` speaks Welsh (SPEC §2 `lang`). Such changes are rare: one observer and a
 * walk up on each read are cheap.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ancestors } from './ancestors.js';

export class InheritedLangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The nearest ancestor's `lang`, or null when none has one. */
  get value(): string | null {
    for (const ancestor of ancestors(this.#host)) if (ancestor.hasAttribute('lang')) return ancestor.getAttribute('lang');
    return null;
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(document.documentElement, { ...options, subtree: true });
    // The host itself too: inside another component's shadow root the document does not see it.
    this.#observer.observe(this.#host, options);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
