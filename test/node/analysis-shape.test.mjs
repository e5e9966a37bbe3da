// The element's light check (isSummary, no zod) and the zod Summary schema agree: on every
// summary summarise() makes, and on copies broken in the ways a wrong file or a wrong server
// would break them (a key gone, an extra key, a number turned into text, a suppressed entry
// with something in it, a round missing).
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
  suppressedPlus: (parent, key) => (parent[key] = { suppressed: true, count: 3 }),
};

test('isSummary and the zod schema accept every summary and reject the same broken copies', () => {
  let rejected = 0;
  fc.assert(
    fc.property(dataset, fc.nat(), fc.constantFrom(...Object.keys(BREAKS)), (data, pick, how) => {
      const summary = summarise(data.responses, { survey: 'now', compare: 'before', minGroup: data.minGroup });
      assert.equal(isSummary(summary), true);
      const broken = structuredClone(summary);
      const all = paths(broken).filter((path) => path.length > 0);
      const path = all[pick % all.length];
      BREAKS[how](at(broken, path.slice(0, -1)), path.at(-1));
      const zod = summarySchema.safeParse(broken).success;
      assert.equal(isSummary(broken), zod, `${how} at ${path.join('.')}`);
      if (!zod) rejected++;
    }),
    { numRuns: 400 },
  );
  assert.ok(rejected > 300, `only ${rejected} broken copies were rejected`);
});

test('isSummary rejects what is plainly not a summary', () => {
  const one = summarise([], { survey: 'now' });
  const two = summarise([], { survey: 'now', compare: 'before' });
  // eslint-disable-next-line no-sparse-arrays
  const hole = { ...two, changes: [, ] };
  for (const value of [undefined, null, 42, 'summary', [], {}, { ...one, version: 2 }, { ...one, compare: 'later' }, { ...one, survey: 'then' }, hole]) {
    assert.equal(isSummary(value), false, JSON.stringify(value)?.slice(0, 60));
    assert.equal(summarySchema.safeParse(value).success, false);
  }
});
