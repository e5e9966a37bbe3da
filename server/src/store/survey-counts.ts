/** Folds per-group counts (one database row per round and respondent) into `GET /api/surveys` rows. */
import { RESPONDENTS } from 'mor-survey/schema';
import type { GroupCount, RoundSummary } from './types.js';

/** `rows` must come oldest round first; the result keeps that order. */
export function foldRounds(rows: readonly GroupCount[]): RoundSummary[] {
  const rounds = new Map<string, RoundSummary>();
  for (const row of rows) {
    let round = rounds.get(row.survey);
    if (!round) {
      const groups = Object.fromEntries(RESPONDENTS.map((respondent) => [respondent, 0]));
      round = { survey: row.survey, responses: 0, ...groups, first: row.first, last: row.last } as RoundSummary;
      rounds.set(row.survey, round);
    }
    round.responses += row.count;
    if (row.respondent in round) (round as unknown as Record<string, number>)[row.respondent] += row.count;
    if (row.first < round.first) round.first = row.first;
    if (row.last > round.last) round.last = row.last;
  }
  return [...rounds.values()];
}
