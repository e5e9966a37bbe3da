/** A heading at the configured level, 2–6: never an h1, which belongs to the host page. */
import { html } from 'lit';

/** Clamps any attribute value to 2–6 (default 2). */
export function headingLevel(value: unknown): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 2;
}

// One template per level: lit/static-html would cost more bytes than these five lines.
/** A heading at `level` (already clamped by headingLevel()); `name` is its class and part. */
export function heading(level: number, text: string, name: string) {
  switch (level) {
    case 3:
      return html`<h3 class=${name} part=${name}>${text}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${name}>${text}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${name}>${text}</h5>`;
    case 6:
      return html`<h6 class=${name} part=${name}>${text}</h6>`;
    default:
      return html`<h2 class=${name} part=${name}>${text}</h2>`;
  }
}
