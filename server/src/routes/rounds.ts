/**
 * The rounds (SPEC §15). `GET /api/rounds`, for anyone: each round of the rounds file with its
 * title, dates, access and state (`[]` without a file). `GET /api/rounds/<id>`, for the admin
 * token: the same for one round plus how many have answered, per group, and for an invited round
 * how many invitations were made and used — the counts an officer needs to chase the response
 * rate while the round runs, and never an answer.
 */
import { Hono } from 'hono';
import { requireBearer } from '../http/auth.js';
import { json, notAllowed, problem } from '../http/problem.js';
import { roundsInPath } from '../http/round-id.js';
import type { RoundCalendar } from '../rounds/calendar.js';
import type { Round } from '../rounds/file.js';
import type { RouteContext } from './context.js';

const describe = (calendar: RoundCalendar, round: Round) => {
  const { id, title, opens, closes, access } = round;
  return { survey: id, title, opens, closes, access, state: calendar.stateOf(round) };
};

/** The file's rounds, the earliest opening first. */
const inOrder = (calendar: RoundCalendar) => [...calendar.rounds.values()].sort((a, b) => a.opensAt - b.opensAt || (a.id < b.id ? -1 : 1));

export function roundRoutes({ settings, store, calendar }: RouteContext): Hono {
  return new Hono()
    .get('/', () => json(200, calendar ? inOrder(calendar).map((round) => describe(calendar, round)) : []))
    .all('/', notAllowed('GET'))
    .get('/:id', requireBearer([settings.adminToken]), async (c) => {
      const named = roundsInPath(c);
      if (named instanceof Response) return named;
      const round = calendar?.round(named.survey);
      if (!calendar || !round) return problem(404, 'Not Found', `The rounds file (MOR_ROUNDS) has no round "${named.survey}".`);
      // A round final by the clock is made final in the database first: its counts are then the kept ones.
      await calendar.isFinal(round);
      const counts = (await store.surveys()).find((row) => row.survey === round.id);
      const answered = { responses: counts?.responses ?? 0, member: counts?.member ?? 0, officer: counts?.officer ?? 0 };
      const invited = round.access === 'invited' ? await store.invitationCounts(round.id) : undefined;
      return json(200, { ...describe(calendar, round), ...answered, ...invited });
    })
    .all('/:id', notAllowed('GET'));
}
