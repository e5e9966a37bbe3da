/**
 * A round's state at a moment (SPEC §15): upcoming before `opens`; open until `closes`; then
 * its grace period (`MOR_GRACE_HOURS`, default 72), when a response made before the close and
 * sent later (the survey's outbox) is still taken; final once the grace has passed, when its
 * figures can no longer change and its results are published.
 */
import type { Round } from './file.js';

export type RoundState = 'upcoming' | 'open' | 'grace' | 'final';

export const DEFAULT_GRACE_HOURS = 72;

/** When the round becomes final, in milliseconds. */
export const finalAt = (round: Round, graceMs: number) => round.closesAt + graceMs;

export function stateOf(round: Round, now: number, graceMs: number): RoundState {
  if (now < round.opensAt) return 'upcoming';
  if (now < round.closesAt) return 'open';
  return now < finalAt(round, graceMs) ? 'grace' : 'final';
}

/** A UTC time (ms, or the schema's `YYYY-MM-DDT…Z`) with the day kept and the time of day dropped: `2026-04-02T00:00:00.000Z`. */
export const dayOnly = (time: string | number) => `${(typeof time === 'string' ? time : new Date(time).toISOString()).slice(0, 10)}T00:00:00.000Z`;
