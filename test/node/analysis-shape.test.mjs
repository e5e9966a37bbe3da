// The element's check (isSummary: the zod schema compiled to plain data, no zod) and the zod
// Summary schema agree: on every summary summarise() makes, with and without round details and
// the trend, and on copies broken in the ways a wrong file or a wrong server would break them
// (a key gone, an extra key, a number turned into text or out of range, a suppressed entry with
// something in it, a round missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSummary, summarise, summarySchema } from '../../dist/analysis.js';
import { dataset } from '../helpers/analysis-data.mjs';

/** Every path to an object or number inside `value`. */
function paths(value, prefix = []) {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

const at = (value, path) => path.reduce((node, key) => node[key], value);

const BREAKS = {
  remove: (parent, key) => delete parent[key],
  extra: (parent, key) => (typeof parent[key] === 'object' && parent[key] !== null ? (parent[key].surprise = 1) : (parent.surprise = 1)),
  text: (parent, key) => (parent[key] = typeof parent[key] === 'number' ? String(parent[key]) : 'text'),
  nil: (parent, key) => (parent[key] = null),
  negative: (parent, key) => (parent[key] = typeof parent[key] === 'number' ? -1 - parent[key] : -1),
  fraction: (parent, key) => (parent[key] = typeof parent[key] === 'number' ? parent[key] + 0.5 : 0.5),
  huge: (parent, key) => (parent[key] = Infinity),
  suppressedPlus: (parent, key) => (parent[key] = { suppressed: true, count: 3 }),
};

test('isSummary and the zod schema accept every summary and reject the same broken copies', () => {
  let rejected = 0;
  fc.assert(
    fc.property(dataset, fc.nat(), fc.constantFrom(...Object.keys(BREAKS)), fc.boolean(), (data, pick, how, more) => {
      const details = { title: { en: 'Spring 2026', cy: 'Gwanwyn 2026' }, opens: '2026-03-02T09:00:00Z', closes: '2026-04-30T17:00:00Z', access: 'open' };
      const extra = more ? { trend: true, rounds: { now: details } } : {};
      const summary = summarise(data.responses, { survey: 'now', compare: 'before', minGroup: data.minGroup, ...extra });
      assert.equal(isSummary(summary), true);
      const broken = structuredClone(summary);
      const all = paths(broken).filter((path) => path.length > 0);
      const path = all[pick % all.length];
      BREAKS[how](at(broken, path.slice(0, -1)), path.at(-1));
      const zod = summarySchema.safeParse(broken).success;
      assert.equal(isSummary(broken), zod, `${how} at ${path.join('.')}`);
      if (!zod) rejected++;
    }),
    { numRuns: 800 },
  );
  assert.ok(rejected > 500, `only ${rejected} broken copies were rejected`);
});

test('isSummary rejects what is plainly not a summary', () => {
  const one = summarise([], { survey: 'now' });
  const two = summarise([], { survey: 'now', compare: 'before' });
  // eslint-disable-next-line no-sparse-arrays
  const hole = { ...two, changes: [, ] };
  const trend = summarise([], { survey: 'now', trend: true });
  const notLast = { ...trend, trendRounds: [{ survey: 'now' }, { survey: 'later' }] };
  const wrongPoint = { ...trend, trend: trend.trend.map((t) => ({ ...t, points: [{ survey: 'later', suppressed: true }] })) };
  const unchecked = [{ ...one, minGroup: 4 }, { ...trend, trendRounds: undefined }, { ...one, trendRounds: [] }, notLast, wrongPoint];
  assert.ok(isSummary(trend));
  for (const value of [undefined, null, 42, 'summary', [], {}, { ...one, version: 2 }, { ...one, compare: 'later' }, { ...one, survey: 'then' }, hole, ...unchecked]) {
    assert.equal(isSummary(value), false, JSON.stringify(value)?.slice(0, 60));
    assert.equal(summarySchema.safeParse(value).success, false);
  }
});
