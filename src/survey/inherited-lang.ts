/**
 * Follows the `lang` of the nearest ancestor (through shadow roots) and asks the host to update
 * when it changes, so a survey inside `<div lang="cy">` speaks Welsh (SPEC §2 `lang`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ancestors } from '../internal/ancestors.js';

export class InheritedLangController implements ReactiveController {
  /** The nearest ancestor's `lang`, or null when none has one. */
  value: string | null = null;
  #observer: MutationObserver | undefined;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  #read(): string | null {
    for (const ancestor of ancestors(this.#host)) if (ancestor.hasAttribute('lang')) return ancestor.getAttribute('lang');
    return null;
  }

  #refresh = () => {
    const value = this.#read();
    if (value === this.value) return;
    this.value = value;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    this.#refresh();
    // Any ancestor may change its lang; such changes are rare, so one observer is cheap.
    this.#observer = new MutationObserver(this.#refresh);
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
