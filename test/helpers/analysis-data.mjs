// Generated survey data for the analysis tests (Node): rounds of responses read from the
// question catalogue (dist/schema.js), so a question added there is generated too. Each round
// is built to reach the corners disclosure must survive: groups of any size from 0 and sizes
// near the threshold, questions everyone answered or many skipped, answers spread out, all
// the same, or all but one the same. Every free text carries MARKER, so a test can search a
// summary for any text that leaked into it.
import fc from 'fast-check';
import { prng } from '../../dist/demo/seed.js';
import { QUESTIONS } from '../../dist/schema.js';

export const MARKER = 'MARKER-d41d8cd9';

let serial = 0;
/** A valid response (a fresh v4 UUID each time). */
export function response(survey, respondent, given, submittedAt = '2026-04-02T09:15:00.000Z') {
  const hex = (++serial).toString(16).padStart(12, '0');
  return { version: 1, id: `00000000-0000-4000-8000-${hex}`, survey, submittedAt, locale: 'en', respondent, answers: given };
}

/**
 * How a round answers one choice: `spread` (any option), `same` (one option for everyone),
 * `allButOne` (one option, but one person another) or `lopsided` (mostly one option).
 */
const MOODS = ['spread', 'spread', 'same', 'allButOne', 'lopsided'];

/** A chooser for `options` in one mood; `odd` is who gets the other answer in `allButOne`. */
function chooser(random, mood, options, odd) {
  const main = options[Math.floor(random() * options.length)];
  const other = options.find((o) => o !== main) ?? main;
  let given = 0;
  return () => {
    if (mood === 'same') return main;
    if (mood === 'allButOne') return given++ === odd ? other : main;
    if (mood === 'lopsided' && random() < 0.85) return main;
    return options[Math.floor(random() * options.length)];
  };
}

/** One round: `member` and `officer` responses, answered as `plan` says. */
function roundOf(survey, plan) {
  const random = prng(plan.seed);
  const total = plan.member + plan.officer;
  const odd = Math.floor(random() * Math.max(1, total));
  const choose = {};
  const mood = () => MOODS[Math.floor(random() * MOODS.length)];
  for (const q of QUESTIONS) {
    if (q.key === 'respondent' || q.kind === 'texts') continue;
    choose[q.key] = chooser(random, mood(), q.options, odd);
    if (q.kind === 'follow-up') for (const f of q.followUps) if (f.kind === 'choice') choose[`${q.key}.${f.key}`] = chooser(random, mood(), f.options, Math.floor(random() * 4));
  }
  // How often a free text is written: never, sometimes, or by (nearly) everyone.
  const writes = [0, 0.3, 0.9, 1][Math.floor(random() * 4)];
  const skips = (p) => random() < p;
  const text = () => `${MARKER} comment ${Math.floor(random() * 1000)}`;
  const answersOf = () => {
    const out = {};
    for (const q of QUESTIONS) {
      if (q.key === 'respondent' || skips(plan.skip)) continue;
      if (q.kind === 'texts') {
        const given = Object.fromEntries(q.fields.filter(() => random() < writes).map((field) => [field, text()]));
        if (Object.keys(given).length) out[q.key] = given;
      } else if (q.kind === 'follow-up') {
        const field = choose[q.key]();
        out[q.key] = { [q.field]: field };
        if (field !== q.reveals) continue;
        for (const f of q.followUps) {
          if (f.kind === 'choice') out[q.key][f.key] = choose[`${q.key}.${f.key}`]();
          else if (random() < writes) out[q.key][f.key] = text();
        }
      } else {
        out[q.key] = choose[q.key]();
      }
    }
    return out;
  };
  return ['member', 'officer'].flatMap((group) => Array.from({ length: plan[group] }, () => response(survey, group, answersOf())));
}

/** A group's size: small, any, or near the threshold `n`. */
const sizeNear = (n, max) => fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max }), fc.integer({ min: Math.max(0, n - 2), max: n + 2 }));

const planOf = (n) =>
  fc.record({
    member: sizeNear(n, 30),
    officer: sizeNear(n, 40),
    // The chance a question is left unanswered: the form requires answers, the wire format does not.
    skip: fc.constantFrom(0, 0, 0.03, 0.15, 0.5),
    seed: fc.integer(),
  });

/** Two rounds ('now' and 'before') and a threshold from 5 (the least allowed) to 15. */
export const dataset = fc
  .integer({ min: 5, max: 15 })
  .chain((minGroup) => fc.record({ minGroup: fc.constant(minGroup), now: planOf(minGroup), before: planOf(minGroup) }))
  .map(({ minGroup, now, before }) => ({ minGroup, responses: [...roundOf('now', now), ...roundOf('before', before)] }));
