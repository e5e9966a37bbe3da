/** Runs axe-core with the WCAG 2.2 AA tags of SPEC §7 and returns what it found. */
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function audit(context: Element = document.body): Promise<AxeResults> {
  return window.axe.run(context, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations', 'incomplete'] });
}

/** A readable list of violations for an assertion message. */
export function describe(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
    .join('\n');
}
