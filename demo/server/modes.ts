/**
 * The tester's failure modes (SPEC §11): what the demo receiver does with the next valid
 * responses of a namespace, instead of (or before) storing them.
 */
export const MODES = ['accept', 'fail', 'reject', 'refuse', 'too-many', 'slow', 'hold', 'drop', 'drop-after-store'] as const;
export type Mode = (typeof MODES)[number];

export interface ModeSetting {
  mode: Mode;
  /** Apply the mode to this many POSTs, then accept again; absent = until changed. */
  times?: number;
  /** For `slow`: how long to wait before storing. (`hold` waits instead until the mode is set again.) */
  delayMs?: number;
  /** For `too-many`: the Retry-After header, in seconds. */
  retryAfter?: number;
  /** For `reject` and `refuse`: the problem's `detail`, shown to the respondent as text. */
  detail?: string;
  /** For `refuse`: the status (403, or 422 as for a code of the other group) and problem `type` (default `urn:mor-survey:invitation-used`), as a receiver refuses a round's or invitation's response (SPEC §15). */
  status?: number;
  type?: string;
}

/** A setting from a PUT body, or undefined when it names no known mode. */
export function parseSetting(text: string): ModeSetting | undefined {
  try {
    const value = JSON.parse(text) as ModeSetting;
    return MODES.includes(value?.mode) ? { ...value } : undefined;
  } catch {
    return undefined;
  }
}

/** The mode for this POST, counting down `times`; `current` is replaced by accept when done. */
export function takeMode(holder: { mode: ModeSetting }): ModeSetting {
  const current = holder.mode;
  if (current.times !== undefined) {
    current.times -= 1;
    if (current.times <= 0) holder.mode = { mode: 'accept' };
  }
  return current;
}
