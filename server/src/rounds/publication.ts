/**
 * Which rounds' figures may be published (SPEC §13 "Only final figures", §15): only those of
 * final rounds, so reading the results twice never shows one more person's answers. For a round
 * that is not final, the reason in words — when it will be, or why it never will — for the 409
 * of `/api/results` and the hosted results page. And, for a summary of final rounds, the
 * population each is measured against: the invitations made (invited rounds), else the rounds
 * file's population, else MOR_POPULATION's.
 */
import type { Population } from '../options.js';
import type { Store } from '../store/types.js';
import type { RoundCalendar } from './calendar.js';
import type { Round } from './file.js';
import { ROUND_TEXTS, type Lang } from './texts.js';

export type Publication = { final: true; round: Round } | { final: false; detail: Record<Lang, string> };

/** Whether round `id`'s figures may be published now; a round final by the clock is made final in the database first. */
export async function publication(calendar: RoundCalendar | undefined, id: string): Promise<Publication> {
  const inBoth = (say: (texts: (typeof ROUND_TEXTS)[Lang]) => string) => ({ en: say(ROUND_TEXTS.en), cy: say(ROUND_TEXTS.cy) });
  if (!calendar) return { final: false, detail: inBoth((texts) => texts.noRoundsFile) };
  const round = calendar.round(id);
  if (!round) return { final: false, detail: inBoth((texts) => texts.notInFile(id)) };
  if (await calendar.isFinal(round)) return { final: true, round };
  const final = calendar.finalAt(round);
  return { final: false, detail: inBoth((texts) => texts.publishedOn(round, final)) };
}

/** Each round's population, in the SPEC's order of preference. */
export async function populations(store: Store, rounds: readonly Round[], configured: Population | undefined): Promise<Population> {
  const population: Population = {};
  for (const round of rounds) {
    const made = round.access === 'invited' ? (await store.invitationCounts(round.id)).invitations : undefined;
    const chosen = made && made.member + made.officer > 0 ? made : (round.population ?? configured?.[round.id]);
    if (chosen) population[round.id] = chosen;
  }
  return population;
}
