/** A heading at the configured level, 2–6: never an h1, which belongs to the host page. */
import { html } from 'lit';

/** Clamps any attribute value to 2–6 (default 2). */
export function headingLevel(value: unknown): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 2;
}

// One template per level: lit/static-html would cost more bytes than these five lines.
export function heading(level: number, text: string, part: string, className: string) {
  switch (headingLevel(level)) {
    case 3:
      return html`<h3 class=${className} part=${part}>${text}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${text}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${text}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part}>${text}</h6>`;
    default:
      return html`<h2 class=${className} part=${part}>${text}</h2>`;
  }
}
