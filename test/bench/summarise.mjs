// summarise() over 100,000 responses in Node (SPEC §13 budgets: at most 200 ms for two rounds,
// 400 ms with the trend over 12 rounds). Generated answers to every catalogue question (seeded,
// so every run counts the same data); prints the median of RUNS timed calls after a warm-up.
// A figure, not a pass/fail test.
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

/** COUNT responses spread over `rounds` rounds (`r01` the oldest), each round a month later. */
const responsesOver = (rounds) =>
  Array.from({ length: COUNT }, (_, i) => {
    const round = (i % rounds) + 1;
    return {
      version: 1,
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      survey: `r${String(round).padStart(2, '0')}`,
      submittedAt: new Date(Date.UTC(2020, round, 1 + (i % 28), 9)).toISOString(),
      locale: 'en',
      respondent: random() < 0.1 ? 'member' : 'officer',
      answers: answers(),
    };
  });

function time(label, responses, options, budget) {
  summarise(responses, options); // warm-up: the first call also compiles
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    summarise(responses, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`summarise: ${COUNT.toLocaleString('en-GB')} responses, ${label}, median of ${RUNS}: ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}; budget ≤ ${budget} ms)`);
}

const population = { r02: { member: 6000, officer: 60000 } };
time('two rounds', responsesOver(2), { survey: 'r02', compare: 'r01', population }, 200);
time('trend over 12 rounds', responsesOver(12), { survey: 'r12', compare: 'r11', population, trend: true }, 400);
