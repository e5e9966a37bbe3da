/** Summaries and `<mor-results>` fixtures for the browser tests of SPEC §13. */
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { summarise, type SummariseOptions } from '../../src/analysis/summarise.js';
import type { Summary } from '../../src/analysis/summary.js';
import type { ResponseAnswers, SurveyResponse } from '../../src/schema/response.js';
import type { Respondent } from '../../src/schema/values.js';
import { ROUNDS_FILE } from '../fixtures/rounds-file.mjs';
import '../../src/results/index.js';
import type { MorResults } from '../../src/results/mor-results.js';

// @open-wc/testing removes fixtures after each test only if mocha's afterEach exists when it is
// first imported; test/helpers/dom-equality.ts now imports it before mocha is set up, so say it
// here (cleaning twice is harmless). Without it, an audit of the page sees earlier fixtures.
afterEach(() => fixtureCleanup());

let serial = 0;

/** `n` valid responses of one group to one round, the i-th answering `answer(i)`. */
export function many(n: number, survey: string, respondent: Respondent, answer: (i: number) => ResponseAnswers): SurveyResponse[] {
  return Array.from({ length: n }, (_, i) => ({
    version: 1,
    id: `00000000-0000-4000-8000-${(++serial).toString(16).padStart(12, '0')}`,
    survey,
    submittedAt: '2026-04-02T09:15:00.000Z',
    locale: 'en',
    respondent,
    answers: answer(i),
  }));
}

/**
 * Two rounds whose right figures are known: this round 40 Members and 30 Officers, 56 of the 70
 * saying Good or Very good; last round 45 and 35, 48 of 80 (Newcombe's 56/70 − 48/80).
 */
export function twoRounds(options: Partial<SummariseOptions> = {}): Summary {
  const responses = [
    ...many(40, 'now', 'member', (i) => ({ health: i < 10 ? 5 : i < 32 ? 4 : i < 36 ? 3 : 2, change: i < 20 ? 'improved' : 'same', reporting: 'yes' })),
    ...many(30, 'now', 'officer', (i) => ({ health: i < 24 ? 4 : 1, change: i < 3 ? 'worse' : 'dont-know', reporting: i < 12 ? 'yes' : 'not-sure', lastInteraction: { workedWell: 'A secret comment' } })),
    ...many(45, 'before', 'member', (i) => ({ health: i < 30 ? 4 : 3, change: 'same', reporting: 'yes' })),
    ...many(35, 'before', 'officer', (i) => ({ health: i < 18 ? 5 : 2, change: 'worse', reporting: 'no' })),
  ];
  return summarise(responses, { survey: 'now', compare: 'before', ...options });
}

/** One round where only 6 Members answered: Members and Officers are hidden, the total shows. */
export function fewMembers(): Summary {
  return summarise(
    [...many(6, 'now', 'member', () => ({ health: 4 })), ...many(30, 'now', 'officer', (i) => ({ health: i % 2 ? 2 : 4, frequency: 'daily' }))],
    { survey: 'now' },
  );
}

export async function resultsWith(summary: unknown, attributes: { lang?: string; heading?: string } = {}): Promise<MorResults> {
  const el = await fixture<MorResults>(html`<mor-results lang=${attributes.lang ?? ''} heading=${attributes.heading ?? ''}></mor-results>`);
  el.summary = summary as Summary;
  await el.updateComplete;
  return el;
}

export const root = (el: MorResults) => el.shadowRoot!;

/** The table whose caption starts with `caption`. */
export function table(el: MorResults, caption: string): HTMLTableElement {
  const found = [...root(el).querySelectorAll('table')].find((t) => t.caption?.textContent!.trim().startsWith(caption));
  if (!found) throw new Error(`no table "${caption}"`);
  return found;
}

/** The text of the data cell in the row headed `row`, in data column `column` (0-based, rowspans followed). */
export function cell(t: HTMLTableElement, row: string, column: number): string {
  const rows = [...t.tBodies[0]!.rows];
  const index = rows.findIndex((r) => r.cells[0]!.textContent!.trim() === row);
  if (index < 0) throw new Error(`no row "${row}"`);
  // Lay the body out as a grid so a notice spanning rows is found in every row it covers.
  const grid: string[][] = rows.map(() => []);
  rows.forEach((r, y) => {
    let x = 0;
    for (const c of [...r.cells].slice(1)) {
      while (grid[y]![x] !== undefined) x++;
      for (let dy = 0; dy < c.rowSpan; dy++) grid[y + dy]![x] = c.textContent!.replace(/\s+/g, ' ').trim();
      x++;
    }
  });
  return grid[index]![column]!;
}

export const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

/**
 * The paper, its rounds named by the shared ROUNDS_FILE: last round only 6 Members
 * answered, so Members and Officers were hidden, though 120 Officers answered; this round 25
 * Members (more than the 20 the rounds file says were asked) and 142 Officers. The change
 * question has a small "Become worse" and "Don't know".
 */
export function paper(options: Partial<SummariseOptions> = {}): Summary {
  const answer = (i: number): ResponseAnswers => ({
    frequency: i % 3 ? 'weekly' : 'monthly',
    health: ([1, 2, 2, 3, 3, 4, 4, 4, 5, 5] as const)[i % 10],
    change: i % 20 === 0 ? 'worse' : i % 9 === 0 ? 'dont-know' : i % 2 ? 'improved' : 'same',
    reporting: i % 4 ? 'yes' : 'not-sure',
  });
  const responses = [
    ...many(6, '2025-autumn', 'member', answer),
    ...many(120, '2025-autumn', 'officer', (i) => answer(i + 7)),
    ...many(25, '2026-spring', 'member', (i) => answer(i + 3)),
    ...many(142, '2026-spring', 'officer', (i) => answer(i + 11)),
  ];
  return summarise(responses, { survey: '2026-spring', compare: '2025-autumn', rounds: ROUNDS_FILE, trend: true, ...options });
}

/** The CSV of the element's download link, as rows of cells (quotes and commas in cells read back). */
export async function csvRows(el: MorResults): Promise<string[][]> {
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[download]')!;
  const csv = (await (await fetch(link.href)).text()).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  for (const line of csv.trimEnd().split('\r\n')) {
    const cells: string[] = [];
    line.replace(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g, (_, value: string) => {
      cells.push(value.startsWith('"') ? value.slice(1, -1).replaceAll('""', '"') : value);
      return '';
    });
    rows.push(cells);
  }
  return rows;
}
