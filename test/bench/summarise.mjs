// summarise() over 100,000 responses in Node (SPEC §13 budget: at most 200 ms). Two rounds of
// generated answers to every catalogue question (seeded, so every run counts the same data);
// prints the median of RUNS timed calls after a warm-up. A figure, not a pass/fail test.
import { performance } from 'node:perf_hooks';
import { summarise } from '../../dist/analysis.js';
import { QUESTIONS } from '../../dist/schema.js';

const COUNT = Number(process.env.COUNT ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 9);

let state = 42;
const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
const pick = (list) => list[Math.floor(random() * list.length)];

function answers() {
  const out = {};
  for (const q of QUESTIONS) {
    if (q.key === 'respondent') continue;
    if (q.kind === 'texts') {
      const given = Object.fromEntries(q.fields.filter(() => random() < 0.4).map((field) => [field, 'Some comment']));
      if (Object.keys(given).length) out[q.key] = given;
    } else if (q.kind === 'follow-up') {
      const field = pick(q.options);
      out[q.key] = { [q.field]: field };
      if (field === q.reveals) for (const f of q.followUps) if (f.kind === 'choice' || random() < 0.5) out[q.key][f.key] = f.kind === 'choice' ? pick(f.options) : 'Details';
    } else {
      out[q.key] = pick(q.options);
    }
  }
  return out;
}

const responses = Array.from({ length: COUNT }, (_, i) => ({
  version: 1,
  id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
  survey: i % 2 ? '2026-spring' : '2025-autumn',
  submittedAt: '2026-04-02T09:15:00.000Z',
  locale: 'en',
  respondent: random() < 0.1 ? 'member' : 'officer',
  answers: answers(),
}));

const options = { survey: '2026-spring', compare: '2025-autumn', population: { '2026-spring': { member: 6000, officer: 60000 } } };
summarise(responses, options); // warm-up: the first call also compiles
const times = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  summarise(responses, options);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`summarise: ${COUNT.toLocaleString('en-GB')} responses, two rounds, median of ${RUNS}: ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}; budget ≤ 200 ms)`);
