/**
 * Numbers as the committee reads them: whole percentages, signed percentage points, counts with
 * thousands separators. The summary is unrounded; rounding happens only here. Pure.
 */
import { formatNumber } from '../i18n/strings.js';

export { formatNumber as count };

/** A share (0–1) as a whole percentage; "<1%" and ">99%" where rounding would hide a few. */
export function percent(share: number): string {
  const value = share * 100;
  if (value > 0 && value < 0.5) return '<1%';
  if (value < 100 && value >= 99.5) return '>99%';
  return `${Math.round(value)}%`;
}

/** An interval of shares: "51–65%". */
export const range = (low: number, high: number): string => `${Math.round(low * 100)}–${Math.round(high * 100)}%`;

/**
 * A difference of shares in percentage points, signed with a true minus: "+9", "−3", "0". Whole
 * points, but one decimal where whole points would show a value that is not zero as 0, so an
 * interval that excludes zero never reads as "0 to +17".
 */
export function points(difference: number): string {
  const value = difference * 100;
  const whole = Math.round(value);
  const text = whole === 0 && Math.abs(value) >= 0.05 ? Math.abs(value).toFixed(1) : String(Math.abs(whole));
  if (text === '0') return '0';
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** A mean score with two decimals: "3.52". */
export const mean = (value: number): string => value.toFixed(2);
