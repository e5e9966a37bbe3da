/**
 * Realistic demo responses for the results page (SPEC §13): two rounds, `2025-autumn` and
 * `2026-spring`, made by a seeded generator so every run gives the same answers, and the
 * rounds file that names and dates them (SPEC §15: DEMO_ROUNDS_FILE, from which the demo
 * receiver's rounds file is made). Autumn has only 8 Members (under the threshold of 10, so
 * Members and Officers are both hidden that round); in spring few Members report issues, so
 * that follow-up is hidden per question. The relationship improves a little between the
 * rounds. Free texts are short, generic and name nobody. Every response is valid (the build
 * checks them with the schema), and each was sent while its round was open.
 */
import type { RoundsFile } from '../src/analysis/summarise.js';
import type { SurveyResponse } from '../src/schema/response.js';
import type { Respondent } from '../src/schema/values.js';

export const DEMO_ROUNDS = { survey: '2026-spring', compare: '2025-autumn' } as const;

/** The two generated rounds as the rounds file gives them: titles, dates (UTC), access, population. */
export const DEMO_ROUNDS_FILE = {
  '2025-autumn': {
    title: { en: 'Autumn 2025', cy: 'Hydref 2025' },
    opens: '2025-10-06T08:00:00Z',
    closes: '2025-11-14T17:00:00Z',
    access: 'open',
    population: { member: 51, officer: 640 },
  },
  '2026-spring': {
    title: { en: 'Spring 2026', cy: 'Gwanwyn 2026' },
    opens: '2026-03-02T09:00:00Z',
    closes: '2026-04-30T16:00:00Z',
    access: 'invited',
    population: { member: 51, officer: 630 },
  },
} satisfies RoundsFile;

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)); the analysis tests' data use it too. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** One of `options`, chosen with the given weights. */
function pick<T>(random: Random, options: readonly T[], weights: readonly number[]): T {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < options.length; i++) {
    r -= weights[i]!;
    if (r < 0) return options[i]!;
  }
  return options[options.length - 1]!;
}

/** A version 4 UUID from the generator (same shape as crypto.randomUUID()). */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

interface Mood {
  health: number[];
  change: number[];
  issues: number[];
  reported: number[];
  reporting: number[];
}

const ROUNDS: { id: string; start: string; counts: Record<Respondent, number>; mood: Mood }[] = [
  {
    id: '2025-autumn',
    start: '2025-10-06T08:00:00.000Z',
    counts: { member: 8, officer: 146 },
    mood: { health: [8, 16, 27, 37, 12], change: [19, 47, 19, 15], issues: [16, 77, 7], reported: [40, 60], reporting: [55, 18, 27] },
  },
  {
    id: '2026-spring',
    start: '2026-03-30T08:00:00.000Z',
    counts: { member: 23, officer: 181 },
    mood: { health: [6, 12, 24, 42, 16], change: [27, 48, 12, 13], issues: [12, 83, 5], reported: [50, 50], reporting: [62, 14, 24] },
  },
];

const FREQUENCY: Record<Respondent, number[]> = { member: [22, 48, 20, 8, 2], officer: [12, 30, 27, 22, 9] };

const TEXTS = {
  workedWell: ['Clear briefing before committee', 'Quick reply to an email', 'Helpful ward walkabout', 'Good notice of the agenda'],
  didNotWorkWell: ['Papers arrived late', 'Not sure who to contact', 'Meeting ran over time'],
  toImprove: ['More informal catch-ups', 'A named contact for each service', 'Earlier sight of reports'],
  details: ['Raised in a meeting and resolved', 'Tone of an email', 'Disagreement about a report'],
};

function response(random: Random, round: (typeof ROUNDS)[number], respondent: Respondent, index: number): SurveyResponse {
  const { mood } = round;
  const answers: SurveyResponse['answers'] = {
    frequency: pick(random, ['daily', 'weekly', 'monthly', 'less-than-monthly', 'never'] as const, FREQUENCY[respondent]),
    health: pick(random, [1, 2, 3, 4, 5] as const, mood.health),
    change: pick(random, ['improved', 'same', 'worse', 'dont-know'] as const, mood.change),
  };
  const text = (list: string[], chance: number) => (random() < chance ? list[Math.floor(random() * list.length)] : undefined);
  const lastInteraction = {
    workedWell: text(TEXTS.workedWell, 0.55),
    didNotWorkWell: text(TEXTS.didNotWorkWell, 0.3),
    toImprove: text(TEXTS.toImprove, 0.4),
  };
  const given = Object.fromEntries(Object.entries(lastInteraction).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length) answers.lastInteraction = given;
  const experienced = pick(random, ['yes', 'no', 'prefer-not-to-say'] as const, mood.issues);
  if (experienced === 'yes') {
    const details = text(TEXTS.details, 0.6);
    answers.issues = { experienced, reported: pick(random, ['yes', 'no'] as const, mood.reported), ...(details ? { details } : {}) };
  } else {
    answers.issues = { experienced };
  }
  answers.reporting = pick(random, ['yes', 'no', 'not-sure'] as const, mood.reporting);
  // Spread over the round's first three weeks.
  const submittedAt = new Date(Date.parse(round.start) + Math.floor(random() * 21 * 24 * 3600) * 1000 + index).toISOString();
  return { version: 1, id: uuid(random), survey: round.id, submittedAt, locale: random() < 0.12 ? 'cy' : 'en', respondent, answers };
}

/** The demo's responses to both rounds, the same on every call. */
export function demoResponses(seed = 20260402): SurveyResponse[] {
  const random = prng(seed);
  const responses: SurveyResponse[] = [];
  for (const round of ROUNDS) {
    for (const respondent of ['member', 'officer'] as const) {
      for (let i = 0; i < round.counts[respondent]; i++) responses.push(response(random, round, respondent, i));
    }
  }
  return responses;
}
