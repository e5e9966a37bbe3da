/**
 * The demo receiver's rounds file (SPEC §15), so a tester sees every state at once: the two
 * generated rounds (`DEMO_ROUNDS_FILE`, final, with results), the tester's round open to anyone
 * (`2026-autumn`, the demo page's), and an invited round whose invitation links `npm start`
 * prints (`2026-12-committee`, a round beside the twice-yearly one, as for a committee meeting).
 * The two open rounds keep their dates while those hold today's date (4 December 2026 when this
 * was written) and are stretched on any later day the demo runs, so they stay open.
 */
import type { RoundsFile } from '../src/analysis/summarise.js';
import { DEMO_ROUNDS_FILE } from './seed.js';

/** The round the demo page's survey answers: open to anyone with the link. */
export const DEMO_OPEN_ROUND = '2026-autumn';
/** The invited round whose links `npm start` prints. */
export const DEMO_INVITED_ROUND = '2026-12-committee';
/** The demo's invitation key: not a secret (a council sets its own MOR_INVITATION_KEY). */
export const DEMO_INVITATION_KEY = 'demo-invitation-key-not-a-secret-0123456789';

const DAY = 24 * 3600_000;

/** `entry` with its dates moved out, if need be, so that it is open at `now`. */
function openAt<T extends { opens: string; closes: string }>(entry: T, now: number): T {
  const opens = Math.min(Date.parse(entry.opens), now - DAY);
  const closes = Math.max(Date.parse(entry.closes), now + 30 * DAY);
  return { ...entry, opens: new Date(opens).toISOString().replace('.000Z', 'Z'), closes: new Date(closes).toISOString().replace('.000Z', 'Z') };
}

export function demoRoundsFile(now = Date.now()): RoundsFile {
  return {
    ...DEMO_ROUNDS_FILE,
    [DEMO_OPEN_ROUND]: openAt(
      { title: { en: 'Autumn 2026', cy: 'Hydref 2026' }, opens: '2026-10-05T08:00:00Z', closes: '2026-12-18T17:00:00Z', access: 'open', population: { member: 51, officer: 625 } },
      now,
    ),
    [DEMO_INVITED_ROUND]: openAt(
      { title: { en: 'Standards Committee, December 2026', cy: 'Pwyllgor Safonau, Rhagfyr 2026' }, opens: '2026-12-01T09:00:00Z', closes: '2027-01-15T17:00:00Z', access: 'invited' },
      now,
    ),
  };
}
