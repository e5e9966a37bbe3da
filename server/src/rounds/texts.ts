/**
 * What the receiver says about rounds and invitations, in English and Welsh (SPEC §15): the
 * `detail` of each refusal (the survey shows it to the respondent, in the response's language),
 * when results will be published, and the hosted pages' sentences for a round that is not open
 * or not final. Times are the UK's (Europe/London), written "30 April 2026 at 17:00". The Welsh
 * is not yet proof-read by a Welsh speaker, like the survey's (src/i18n/cy.ts).
 */
import type { Locale as Lang } from 'mor-survey/schema';
import type { Round } from './file.js';

/** The languages of the receiver's words: the survey's (SPEC §7). */
export type { Lang };

const FORMATS = {
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  cy: new Intl.DateTimeFormat('cy-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
};

/** "30 April 2026 at 17:00" / "30 Ebrill 2026 am 17:00", in London's time (BST in summer). */
export function when(time: number, lang: Lang): string {
  const part = Object.fromEntries(FORMATS[lang].formatToParts(new Date(time)).map(({ type, value }) => [type, value]));
  return `${part.day} ${part.month} ${part.year} ${lang === 'cy' ? 'am' : 'at'} ${part.hour}:${part.minute}`;
}

const title = (round: Round, lang: Lang) => round.title[lang];

export const ROUND_TEXTS = {
  en: {
    upcoming: (round: Round) => `This survey opens on ${when(round.opensAt, 'en')}.`,
    closed: (round: Round) => `This survey closed on ${when(round.closesAt, 'en')}. Answers sent after that cannot be counted.`,
    'invitation-missing': 'This survey is by invitation only. Open it from the link in your invitation.',
    'invitation-unknown': 'This invitation code is not one we sent for this survey. Check that you opened the link in your invitation.',
    'invitation-used': 'This invitation has already been used.',
    'invitation-group': (group: 'member' | 'officer') =>
      `This invitation is for ${group === 'member' ? 'a Member (councillor)' : 'an Officer (council employee)'}, so the answers must be given as one.`,
    publishedOn: (round: Round, final: number) => `The results of ${title(round, 'en')} will be published on ${when(final, 'en')}, when the round is final.`,
    noRoundsFile:
      'Results are published only for rounds that are final, and rounds are set in the rounds file (MOR_ROUNDS). This receiver has none, so no round is ever final.',
    notInFile: (id: string) => `The rounds file (MOR_ROUNDS) has no round "${id}", so its results are never final.`,
  },
  cy: {
    upcoming: (round: Round) => `Mae'r arolwg hwn yn agor ar ${when(round.opensAt, 'cy')}.`,
    closed: (round: Round) => `Caeodd yr arolwg hwn ar ${when(round.closesAt, 'cy')}. Ni ellir cyfrif atebion a anfonwyd ar ôl hynny.`,
    'invitation-missing': "Drwy wahoddiad yn unig y mae'r arolwg hwn. Agorwch ef o'r ddolen yn eich gwahoddiad.",
    'invitation-unknown': "Nid yw'r cod gwahoddiad hwn yn un a anfonwyd gennym ar gyfer yr arolwg hwn. Gwiriwch eich bod wedi agor y ddolen yn eich gwahoddiad.",
    'invitation-used': "Mae'r gwahoddiad hwn eisoes wedi cael ei ddefnyddio.",
    'invitation-group': (group: 'member' | 'officer') =>
      `Mae'r gwahoddiad hwn ar gyfer ${group === 'member' ? 'Aelod (cynghorydd)' : 'Swyddog (gweithiwr y cyngor)'}, felly rhaid rhoi'r atebion fel un.`,
    publishedOn: (round: Round, final: number) => `Bydd canlyniadau ${title(round, 'cy')} yn cael eu cyhoeddi ar ${when(final, 'cy')}, pan fydd y cylch yn derfynol.`,
    noRoundsFile:
      "Dim ond ar gyfer cylchoedd terfynol y cyhoeddir canlyniadau, a gosodir cylchoedd yn y ffeil cylchoedd (MOR_ROUNDS). Nid oes gan y derbynnydd hwn un, felly nid oes cylch byth yn derfynol.",
    notInFile: (id: string) => `Nid oes cylch "${id}" yn y ffeil cylchoedd (MOR_ROUNDS), felly nid yw ei ganlyniadau byth yn derfynol.`,
  },
} as const;
