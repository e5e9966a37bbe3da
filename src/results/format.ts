/**
 * Numbers as the committee reads them: percentages, signed percentage points, counts with
 * thousands separators. The summary is unrounded; rounding happens only here, half up (away
 * from zero), the same on the page and in the CSV: 1/8 → 13%, 29/200 → 15%, 57/200 → 29%.
 * Pure.
 */
import { formatNumber } from '../i18n/strings.js';

export { formatNumber as count };

/**
 * `value` rounded half away from zero to `places` decimals. A share is a ratio of whole
 * numbers, so its digits past the twelfth are floating-point noise (29/200 × 100 is
 * 14.499999999999998): rounding to 12 significant digits first puts a true half back.
 */
export function roundHalfUp(value: number, places = 0): number {
  const scale = 10 ** places;
  const clean = Number((Math.abs(value) * scale).toPrecision(12));
  return (Math.sign(value) * Math.floor(clean + 0.5)) / scale;
}

/** A share (0–1) as a whole percentage; "<1%" and ">99%" where rounding would hide a few. */
export function percent(share: number): string {
  const value = share * 100;
  if (value > 0 && value < 0.5) return '<1%';
  if (value < 100 && roundHalfUp(value) === 100) return '>99%';
  return `${roundHalfUp(value)}%`;
}

/** An interval of shares: "51–65%". */
export const range = (low: number, high: number): string => `${roundHalfUp(low * 100)}–${roundHalfUp(high * 100)}%`;

/**
 * A difference of shares in percentage points, signed with a true minus: "+9", "−3", "0". Whole
 * points, but one decimal where whole points would show a value that is not zero as 0, so an
 * interval that excludes zero never reads as "0 to +17".
 */
export function points(difference: number): string {
  const value = difference * 100;
  const whole = roundHalfUp(value);
  const text = whole === 0 && Math.abs(value) >= 0.05 ? roundHalfUp(Math.abs(value), 1).toFixed(1) : String(Math.abs(whole));
  if (text === '0') return '0';
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** A mean score with two decimals: "3.52". */
export const mean = (value: number): string => roundHalfUp(value, 2).toFixed(2);
