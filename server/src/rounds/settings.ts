/**
 * The rounds settings (SPEC §15), checked once at start: the rounds file, the grace period and
 * the invitation key. A receiver with a rounds file collects only its rounds, so MOR_SURVEYS
 * beside it is a contradiction; an invited round needs the key the codes are hashed with.
 */
import { checkKey } from '../http/auth.js';
import type { ReceiverOptions } from '../options.js';
import { checkRounds, readRoundsFile, type Rounds } from './file.js';
import { DEFAULT_GRACE_HOURS } from './state.js';

export interface RoundsSettings {
  rounds: Rounds;
  graceMs: number;
  /** The key of the codes' hashes; present whenever a round is invited. */
  invitationKey: string | undefined;
}

const MAX_GRACE_HOURS = 24 * 366;

/** The rounds settings of `options`, or undefined without a rounds file; throws saying what is wrong. */
export function settleRounds(options: ReceiverOptions): RoundsSettings | undefined {
  const graceHours = options.graceHours ?? DEFAULT_GRACE_HOURS;
  if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > MAX_GRACE_HOURS) {
    throw new Error(`MOR_GRACE_HOURS must be a whole number of hours from 0 to ${MAX_GRACE_HOURS}`);
  }
  // As long as the tokens (SPEC §16): a key an attacker cannot guess, to hash codes they cannot try.
  checkKey('MOR_INVITATION_KEY', options.invitationKey);
  if (options.rounds === undefined) return undefined;
  if (options.surveys?.length) {
    throw new Error('MOR_SURVEYS and MOR_ROUNDS cannot both be set: with a rounds file, the rounds it names are the ones collected. Remove MOR_SURVEYS.');
  }
  const rounds = checkRounds(typeof options.rounds === 'string' ? readRoundsFile(options.rounds) : options.rounds);
  const invited = [...rounds.values()].find((round) => round.access === 'invited');
  if (invited && !options.invitationKey) {
    throw new Error(`MOR_INVITATION_KEY must be set: the round "${invited.id}" is invited, and its codes are checked with that key`);
  }
  return { rounds, graceMs: graceHours * 3_600_000, invitationKey: options.invitationKey };
}
