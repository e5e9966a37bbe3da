/**
 * Invitations (SPEC §15): codes made for a round and checked when a response comes. Only a keyed
 * hash of each code is stored — HMAC-SHA256 with MOR_INVITATION_KEY over the round and the code
 * in its written form (`parseCode`), cut to 128 bits — so the database alone cannot tell which
 * code is which, and a code of one round is unknown in another.
 */
import { createHmac } from 'node:crypto';
import { RESPONDENTS, makeCode, type Respondent } from 'mor-survey/schema';
import type { Invitation } from '../options.js';
import type { Store } from '../store/types.js';
import type { RoundCalendar } from './calendar.js';

/**
 * The stored form of a code (already in its written form) for a round: the first 128 bits of
 * HMAC-SHA256 (plenty to tell codes of 59 bits apart, and a smaller table to update).
 */
export const invitationHash = (key: string, survey: string, code: string) =>
  createHmac('sha256', key).update(`${survey}\n${code}`).digest().subarray(0, 16).toString('base64url');

/** The most codes one call makes: a council's whole staff several times over. */
const MAX_INVITATIONS = 100_000;

/**
 * Makes `counts` new codes for an invited round and stores their hashes, in one transaction;
 * resolves with the codes (never stored) once committed. Throws, saying why, for a round the
 * rounds file does not name, an open round, or one that has closed.
 */
export async function makeInvitations(
  store: Store,
  calendar: RoundCalendar,
  key: string,
  survey: string,
  counts: Record<Respondent, number>,
): Promise<Invitation[]> {
  const round = calendar.round(survey);
  if (!round) throw new Error(`the rounds file (MOR_ROUNDS) has no round "${survey}"`);
  if (round.access !== 'invited') throw new Error(`the round "${survey}" is open to anyone with the link (access "open"): invitations are for invited rounds`);
  for (const group of RESPONDENTS) {
    const n = counts[group];
    if (!Number.isInteger(n) || n < 0 || n > MAX_INVITATIONS) throw new Error(`the number of ${group}s to invite must be a whole number from 0 to ${MAX_INVITATIONS}`);
  }
  if (counts.member + counts.officer === 0) throw new Error('give how many to invite: --members N and/or --officers N');
  // A code made once the round has closed could only be used with a response dated before the
  // close; once final, the round's records are gone and stay gone.
  const state = calendar.stateOf(round);
  if (state === 'grace' || state === 'final') throw new Error(`the round "${survey}" has closed (${round.closes}): invitations can no longer be made for it`);
  const invitations = RESPONDENTS.flatMap((group) => Array.from({ length: counts[group] }, () => ({ group, code: makeCode(group) })));
  const added = await store.addInvitations(
    survey,
    invitations.map(({ group, code }) => ({ hash: invitationHash(key, survey, code), respondent: group })),
  );
  if (!added) throw new Error(`the round "${survey}" is final: invitations can no longer be made for it`);
  return invitations;
}
