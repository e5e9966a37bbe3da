/**
 * Registers an element once. A page may load the editor bundle and an npm copy; the second
 * registration is skipped instead of throwing and stopping every later script.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
