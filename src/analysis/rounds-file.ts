/**
 * The rounds file (SPEC §15, `MOR_ROUNDS`): round id → its title in English and Welsh, when it
 * opens and closes (UTC), who may answer and, optionally, how many were asked. One check of an
 * entry, field by field, for `summarise()` and for the receiver that reads the file at start:
 * a wrong field names its round and itself.
 */
import { isRecord } from '../internal/data.js';
import { UTC_TIME_PATTERN } from '../schema/values.js';
import type { Access, RoundDetails, Title } from './summary.js';

/** A round as the rounds file describes it (SPEC §15). */
export interface RoundsFileEntry {
  title: Title;
  opens: string;
  closes: string;
  access: Access;
  population?: { member: number; officer: number };
}

/** The rounds file (SPEC §15, `MOR_ROUNDS`): round id → its title, dates, access and population. */
export type RoundsFile = Record<string, RoundsFileEntry>;

/** The fields of a rounds file's entry: any other (a misspelt "populaton") is refused. */
const FIELDS = ['title', 'opens', 'closes', 'access', 'population'];

/**
 * Whether `value` is a round's population, how many were asked: `{ member, officer }`, each a
 * whole number from 0. The one check of a population, wherever one is given (the rounds file,
 * `summarise()`'s `population`, the command's `--population`, the receiver's `MOR_POPULATION`).
 */
export const isPopulation = (value: unknown): value is { member: number; officer: number } =>
  isRecord(value) && ['member', 'officer'].every((group) => Number.isInteger(value[group]) && (value[group] as number) >= 0);

/**
 * What the rounds file says of `id`: its details and population, or nothing when the file does
 * not name it. Throws a RangeError `<prefix>rounds["id"].field must be …` for a wrong field, and
 * `<prefix>rounds["id"] has an unknown field "…"` for one that is not a rounds file's.
 */
export function roundsFileEntry(
  rounds: RoundsFile | undefined,
  id: string,
  prefix = '',
): { details: RoundDetails; population?: { member: number; officer: number } } {
  if (rounds === undefined || !Object.hasOwn(rounds, id)) return { details: {} };
  const entry: unknown = rounds[id];
  const fail = (field: string, what: string): never => {
    throw new RangeError(`${prefix}rounds["${id}"]${field ? `.${field}` : ''} must be ${what}`);
  };
  if (!isRecord(entry)) return fail('', 'an object');
  // A misspelt field ("close", "populaton") would otherwise be silently left out.
  const unknown = Object.keys(entry).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) throw new RangeError(`${prefix}rounds["${id}"] has an unknown field "${unknown}" (the fields are ${FIELDS.join(', ')})`);
  const { title, opens, closes, access, population } = entry;
  if (!isRecord(title) || typeof title.en !== 'string' || typeof title.cy !== 'string' || !title.en.trim() || !title.cy.trim()) {
    fail('title', 'an object with texts en and cy');
  }
  for (const [field, time] of [['opens', opens], ['closes', closes]] as const) {
    if (typeof time !== 'string' || !UTC_TIME_PATTERN.test(time)) fail(field, 'a UTC time such as 2026-03-02T09:00:00Z');
  }
  if (Date.parse(closes as string) <= Date.parse(opens as string)) fail('closes', 'after opens');
  if (access !== 'open' && access !== 'invited') fail('access', '"open" or "invited"');
  if (population !== undefined && !isPopulation(population)) fail('population', 'an object with whole numbers member and officer');
  const { en, cy } = title as unknown as Title;
  return {
    details: { title: { en, cy }, opens: opens as string, closes: closes as string, access: access as Access },
    ...(isPopulation(population) && { population: { member: population.member, officer: population.officer } }),
  };
}
