/**
 * The hosted pages' own words, in English and Welsh: the default title, the results token form
 * and the invitation code form. The Welsh is not yet proof-read by a Welsh speaker, like the survey's (src/i18n/cy.ts).
 */
import type { Locale as Lang } from 'mor-survey/schema';

export type { Lang };

export const PAGE_TEXTS = {
  en: {
    title: 'Member–Officer relationship survey',
    tokenLabel: 'Results token',
    tokenHint: 'The team that runs the survey gives this to whoever prepares the committee report.',
    tokenSubmit: 'Show the results',
    tokenWrong: 'Error: that token is not right. Check it and try again.',
    forget: 'Forget the token on this computer',
    codeLabel: 'Invitation code',
    codeHint: 'It is in your invitation, for example M-7KQ4-XB2N-9FHT. The link in your invitation fills it in for you.',
    codeSubmit: 'Start the survey',
    codeWrong: 'Error: that is not an invitation code. Check it and try again.',
  },
  cy: {
    title: 'Arolwg y berthynas rhwng Aelodau a Swyddogion',
    tokenLabel: 'Tocyn canlyniadau',
    tokenHint: "Mae'r tîm sy'n cynnal yr arolwg yn rhoi hwn i'r sawl sy'n paratoi adroddiad y pwyllgor.",
    tokenSubmit: 'Dangos y canlyniadau',
    tokenWrong: "Gwall: nid yw'r tocyn hwnnw'n gywir. Gwiriwch ef a rhowch gynnig arall arni.",
    forget: "Anghofio'r tocyn ar y cyfrifiadur hwn",
    codeLabel: 'Cod gwahoddiad',
    codeHint: "Mae yn eich gwahoddiad, er enghraifft M-7KQ4-XB2N-9FHT. Mae'r ddolen yn eich gwahoddiad yn ei lenwi i chi.",
    codeSubmit: "Dechrau'r arolwg",
    codeWrong: "Gwall: nid cod gwahoddiad yw hwnnw. Gwiriwch ef a rhowch gynnig arall arni.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** `?lang=cy` (or `cy-GB`) asks for Welsh; anything else is English. */
export const langOf = (query: string | undefined): Lang => (query?.toLowerCase().startsWith('cy') ? 'cy' : 'en');
