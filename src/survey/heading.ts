/** A heading at the configured level, 2–6: never an h1, which belongs to the host page. */
import { html, literal } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps any attribute value to 2–6 (default 2). */
export function headingLevel(value: unknown): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 2;
}

export function heading(level: number, text: string, part: string, className = 'heading', id?: string) {
  const tag = TAGS[headingLevel(level) - 2]!;
  return html`<${tag} class=${className} part=${part} id=${ifDefined(id)}>${text}</${tag}>`;
}
