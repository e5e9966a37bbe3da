/**
 * The rounds file (SPEC §15): `MOR_ROUNDS` names a JSON file, or `createReceiver({ rounds })` is
 * given its object. Checked once at start; anything wrong stops the start with a message naming
 * the round and the field (the entry check, unknown fields included, is the analysis's own, so
 * the receiver and `summarise()` agree on what a round is). Rounds may overlap.
 */
import { readFileSync } from 'node:fs';
import { roundsFileEntry, type RoundsFile as AnalysisRoundsFile } from 'mor-survey/analysis';
import type { Access, Title } from 'mor-survey/analysis';
import { isRoundId, notRoundId } from '../http/round-id.js';
import type { RoundsFile } from '../options.js';

// The public option's type and the analysis's are one shape: each is assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShape: Same<RoundsFile, AnalysisRoundsFile> = true;
void sameShape;

/** A round of the file, with its times as milliseconds for the clock. */
export interface Round {
  id: string;
  title: Title;
  opens: string;
  closes: string;
  access: Access;
  population?: { member: number; officer: number };
  opensAt: number;
  closesAt: number;
}

export type Rounds = ReadonlyMap<string, Round>;

/** The file MOR_ROUNDS names, parsed; the error names the variable and the file. */
export function readRoundsFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`MOR_ROUNDS: ${path} could not be read as JSON (${(error as Error).message})`);
  }
}

/** The rounds of `file` (its object), or an Error `MOR_ROUNDS: …` saying what is wrong and where. */
export function checkRounds(file: unknown): Rounds {
  const fail = (why: string): never => {
    throw new Error(`MOR_ROUNDS: ${why}`);
  };
  if (typeof file !== 'object' || file === null || Array.isArray(file)) fail('the file must hold an object: { "<round id>": { "title": …, "opens": …, "closes": …, "access": … } }');
  const ids = Object.keys(file as object);
  if (!ids.length) fail('the file names no round');
  const rounds = new Map<string, Round>();
  for (const id of ids) {
    if (!isRoundId(id)) fail(notRoundId(id));
    let checked;
    try {
      checked = roundsFileEntry(file as AnalysisRoundsFile, id);
    } catch (error) {
      return fail((error as Error).message);
    }
    const { title, opens, closes, access } = checked.details as Required<typeof checked.details>;
    rounds.set(id, {
      id,
      title,
      opens,
      closes,
      access,
      ...(checked.population && { population: checked.population }),
      opensAt: Date.parse(opens),
      closesAt: Date.parse(closes),
    });
  }
  return rounds;
}

/** The rounds as a rounds file again (what `summarise()` takes). */
export const asRoundsFile = (rounds: Rounds): RoundsFile =>
  Object.fromEntries(
    [...rounds.values()].map(({ id, title, opens, closes, access, population }) => [id, { title, opens, closes, access, ...(population && { population }) }]),
  );
