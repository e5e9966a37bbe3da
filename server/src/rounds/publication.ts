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

const NO_FILE = {
  en: 'Results are published only for rounds that are final, and rounds are set in the rounds file (MOR_ROUNDS). This receiver has none, so no round is ever final.',
  cy: "Dim ond ar gyfer cylchoedd terfynol y cyhoeddir canlyniadau, a gosodir cylchoedd yn y ffeil cylchoedd (MOR_ROUNDS). Nid oes gan y derbynnydd hwn un, felly nid oes cylch byth yn derfynol.",
};

const notInFile = (id: string) => ({
  en: `The rounds file (MOR_ROUNDS) has no round "${id}", so its results are never final.`,
  cy: `Nid oes cylch "${id}" yn y ffeil cylchoedd (MOR_ROUNDS), felly nid yw ei ganlyniadau byth yn derfynol.`,
});

/** Whether round `id`'s figures may be published now; a round final by the clock is made final in the database first. */
export async function publication(calendar: RoundCalendar | undefined, id: string): Promise<Publication> {
  if (!calendar) return { final: false, detail: NO_FILE };
  const round = calendar.round(id);
  if (!round) return { final: false, detail: notInFile(id) };
  if (await calendar.isFinal(round)) return { final: true, round };
  const final = calendar.finalAt(round);
  return { final: false, detail: { en: ROUND_TEXTS.en.publishedOn(round, final), cy: ROUND_TEXTS.cy.publishedOn(round, final) } };
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
