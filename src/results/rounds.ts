/**
 * Rounds as a committee paper names them (SPEC §13, §15): by title and dates, in the UK's time
 * (Europe/London), in the element's language — "Spring 2026, 2 March – 30 April 2026" — never
 * by a raw id, unless the summary was made without the rounds file. Month names come from the
 * element's dictionaries: browsers' date formats do not all know Welsh. Pure.
 */
import type { RoundDetails } from '../analysis/summary.js';
import type { ResultsTexts } from './texts.js';

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' });

/** A time as [day, month (0–11), year] in London. */
function inLondon(time: string | Date): [number, number, number] {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(time)).map((part) => [part.type, Number(part.value)]));
  return [parts.day!, parts.month! - 1, parts.year!];
}

/** The round's title in the element's language, or its id when the summary has none. */
export const roundTitle = (id: string, details: RoundDetails | undefined, texts: ResultsTexts): string => details?.title?.[texts.locale] ?? id;

/** A day as the paper writes it: "4 December 2026"; without the year when `year` is false. */
export function day(time: string | Date, texts: ResultsTexts, year = true): string {
  const [d, m, y] = inLondon(time);
  return `${d} ${texts.t('months').split(' ')[m]}${year ? ` ${y}` : ''}`;
}

/** When the round ran: "2 March – 30 April 2026", or undefined without dates. */
export function roundDates(details: RoundDetails | undefined, texts: ResultsTexts): string | undefined {
  if (!details?.opens || !details.closes) return undefined;
  return `${day(details.opens, texts, inLondon(details.opens)[2] !== inLondon(details.closes)[2])} – ${day(details.closes, texts)}`;
}
