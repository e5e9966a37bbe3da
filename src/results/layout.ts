/**
 * Where each bar segment goes, as fractions (0–1) of the bar's width, so the SVG can be drawn
 * with percentage attributes at any width. Pure geometry; no DOM.
 *
 * - Stacked: the options side by side from 0% to 100%, in their order.
 * - Diverging (Heiberger & Robbins 2014): negative answers left of a zero line shared by every
 *   bar of the chart, positive answers right of it, the neutral answer centred on it, and any
 *   answer outside the scale ("Don't know") apart at the right, on the same scale. The scale
 *   ends at ticks at or past the longest bar on each side (the axis comes from the data).
 */

/** Which options of a question lie where on a diverging bar. Lists run from zero outwards. */
export interface Diverging {
  readonly negative: readonly string[];
  readonly neutral?: string;
  readonly positive: readonly string[];
  readonly aside?: readonly string[];
}

export interface Segment {
  code: string;
  start: number;
  end: number;
  /** The colour class: `c1`…`c5` (stacked), or `neg2`, `neg1`, `neutral`, `pos1`, `pos2`, `aside`. */
  tone: string;
}

export interface Tick {
  at: number;
  /** The share this tick marks, signed on a diverging scale. */
  value: number;
  /** Every other tick from zero: the ones still labelled on a narrow screen. */
  major: boolean;
}

export interface Layout {
  /** One list of segments per bar. */
  bars: Segment[][];
  ticks: Tick[];
  /** Where zero is on a diverging scale. */
  zero?: number;
}

type Shares = Record<string, number>;

/** A fraction of the width as an SVG length: 0.125 → "12.500%". */
export const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export function stacked(options: readonly string[], bars: readonly Shares[]): Layout {
  return {
    bars: bars.map((shares) => {
      let at = 0;
      return options.map((code, i) => ({ code, start: at, end: (at += shares[code] ?? 0), tone: `c${(i % 5) + 1}` }));
    }),
    ticks: [0, 0.25, 0.5, 0.75, 1].map((value, i) => ({ at: value, value, major: i % 2 === 0 })),
  };
}

/** Tones for codes listed from zero outwards: the strongest colour is the outermost. */
const tones = (codes: readonly string[], side: 'neg' | 'pos') =>
  new Map(codes.map((code, i) => [code, `${side}${i === codes.length - 1 ? 2 : 1}`]));

/** The gap before the options outside the scale, as a share of the scale. */
const ASIDE_GAP = 0.06;

/**
 * The step between a diverging scale's ticks for data reaching `extent` in all (left plus
 * right): about four to six ticks.
 */
const stepFor = (extent: number) => (extent > 1.2 ? 0.25 : extent > 0.5 ? 0.2 : 0.1);

export function diverging(kind: Diverging, bars: readonly Shares[]): Layout {
  const sum = (shares: Shares, codes: readonly string[] = []) => codes.reduce((total, code) => total + (shares[code] ?? 0), 0);
  const half = (shares: Shares) => (kind.neutral ? (shares[kind.neutral] ?? 0) / 2 : 0);
  const reachLeft = Math.max(0, ...bars.map((s) => sum(s, kind.negative) + half(s)));
  const reachRight = Math.max(0, ...bars.map((s) => sum(s, kind.positive) + half(s)));
  // The scale runs to the first tick at or past the data on each side, so every bar ends
  // within a labelled tick.
  const step = stepFor(reachLeft + reachRight);
  const out = (reach: number) => Math.ceil(reach / step - 1e-9) * step;
  const left = out(reachLeft);
  const right = out(reachRight);
  const aside = Math.max(0, ...bars.map((s) => sum(s, kind.aside)));
  const scale = left + right || 1;
  const span = scale + (aside > 0 ? scale * ASIDE_GAP + aside : 0);
  const x = (value: number) => (left + value) / span;
  const negative = tones(kind.negative, 'neg');
  const positive = tones(kind.positive, 'pos');

  const layoutOf = (shares: Shares): Segment[] => {
    const segments: Segment[] = [];
    let at = -half(shares);
    for (const code of kind.negative) {
      const end = at;
      at -= shares[code] ?? 0;
      segments.unshift({ code, start: x(at), end: x(end), tone: negative.get(code)! });
    }
    if (kind.neutral) segments.push({ code: kind.neutral, start: x(-half(shares)), end: x(half(shares)), tone: 'neutral' });
    at = half(shares);
    for (const code of kind.positive) segments.push({ code, start: x(at), end: x((at += shares[code] ?? 0)), tone: positive.get(code)! });
    at = right + scale * ASIDE_GAP;
    for (const code of kind.aside ?? []) segments.push({ code, start: x(at), end: x((at += shares[code] ?? 0)), tone: 'aside' });
    return segments;
  };

  // A tick every step from one end of the scale to the other, zero included.
  const ticks: Tick[] = [];
  for (let value = -left; value <= right + 1e-9; value += step) ticks.push({ at: x(value), value, major: Math.round(value / step) % 2 === 0 });
  return { bars: bars.map(layoutOf), ticks, zero: x(0) };
}

/** The order of a chart's key: left to right as the bars draw them. */
export const keyOrder = (kind: Diverging): string[] => [
  ...[...kind.negative].reverse(),
  ...(kind.neutral ? [kind.neutral] : []),
  ...kind.positive,
  ...(kind.aside ?? []),
];
