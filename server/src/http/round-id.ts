/**
 * The one check of a round id in a request or a setting: the survey's `survey-id` (SPEC §2),
 * `1–64 of A–Z a–z 0–9 . _ -`. Every route reads a round through these, so each refusal says the
 * same thing in the same words.
 */
import type { Context } from 'hono';
import { SURVEY_ID_PATTERN } from 'mor-survey/schema';
import { problem } from './problem.js';

const RULE = 'a round id is 1–64 of A–Z a–z 0–9 . _ -';

export const isRoundId = (text: string | undefined): text is string => text !== undefined && SURVEY_ID_PATTERN.test(text);

/** Why `text` is not a round id, for a setting's start-up message. */
export const notRoundId = (text: string) => `"${text}" is not a round id (${RULE})`;

/** The rounds a request names, when `survey` is a round id and `compare` is absent or another one. */
function named(survey: string | undefined, compare: string | undefined): { survey: string; compare?: string } | undefined {
  if (!isRoundId(survey)) return undefined;
  if (compare === undefined) return { survey };
  return isRoundId(compare) && compare !== survey ? { survey, compare } : undefined;
}

/**
 * `?survey=<id>` and, where a route compares, `?compare=<id>` (another round), or the 400 saying
 * what to send.
 */
export function roundsInQuery(c: Context, { compare = false } = {}): { survey: string; compare?: string } | Response {
  const rounds = named(c.req.query('survey'), compare ? c.req.query('compare') || undefined : undefined);
  if (rounds) return rounds;
  const wanted = compare ? '?survey=<id>, and optionally another round to compare with, &compare=<id>' : '?survey=<id>';
  return problem(400, 'Bad Request', `Name the round as ${wanted}: ${RULE}.`);
}

/**
 * The round a page's path names (`/survey/<id>`) and, where the page compares, `?compare=<id>`;
 * or the 404 for an address that names no round.
 */
export function roundsInPath(c: Context, { compare = false } = {}): { survey: string; compare?: string } | Response {
  const rounds = named(c.req.param('id'), compare ? c.req.query('compare') || undefined : undefined);
  return rounds ?? problem(404, 'Not Found', 'There is no round with that id here.');
}
