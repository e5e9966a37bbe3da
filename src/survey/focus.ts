/** Moving focus to a message after the update that shows it (SPEC §4 summary, §5 outcomes). */
import type { ReactiveElement } from 'lit';

/** Focuses the first match of `selector` in the host's shadow root, made focusable by script only. */
export async function focusAfterUpdate(host: ReactiveElement, selector: string): Promise<void> {
  await host.updateComplete;
  const target = host.renderRoot.querySelector<HTMLElement>(selector);
  if (!target) return;
  target.setAttribute('tabindex', '-1');
  target.focus();
}
