/**
 * Follows the `lang` of the nearest ancestor (through shadow roots) and asks the host to update
 * when it changes, so a survey inside `<div lang="cy">` speaks Welsh (SPEC §2 `lang`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    let node: Node | null = this.#host.parentNode;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
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
