// Round details and the trend (SPEC §13 "Round details", "Over time"; §15 the rounds file):
// each round summarised carries its title, dates and access from the rounds file; the trend
// has the five measures for every group, one point per round found up to and including the
// round summarised (at most 12, oldest first by opens, else by first response), hidden exactly
// where that round's own summary hides the figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MEASURES, GROUPS, isSummary, summarise, summarySchema } from '../../dist/analysis.js';
import { ROUNDS_FILE as FILE } from '../fixtures/rounds-file.mjs';
import { response } from '../helpers/analysis-data.mjs';

/** A round of `members` and `officers`, answers varying with `seed`, sent from `sent` on. */
function roundOf(survey, members, officers, seed, sent = '2026-03-10T09:00:00.000Z') {
  const at = (i) => new Date(Date.parse(sent) + i * 60_000).toISOString();
  const answers = (i) => ({
    health: ((i * 7 + seed) % 5) + 1,
    change: ['improved', 'same', 'worse', 'dont-know'][(i + seed) % 4],
    issues: (i + seed) % 3 ? { experienced: 'no' } : { experienced: 'yes', reported: i % 2 ? 'yes' : 'no' },
    reporting: ['yes', 'no', 'not-sure'][(i * 5 + seed) % 3],
  });
  return [
    ...Array.from({ length: members }, (_, i) => response(survey, 'member', answers(i), at(i))),
    ...Array.from({ length: officers }, (_, i) => response(survey, 'officer', answers(i + members), at(i + members))),
  ];
}

test('each round summarised carries its title, dates and access from the rounds file, and its population gives rates', () => {
  const responses = [...roundOf('2026-spring', 16, 30, 1), ...roundOf('2025-autumn', 12, 25, 2, '2025-10-10T09:00:00.000Z')];
  const summary = summarise(responses, { survey: '2026-spring', compare: '2025-autumn', rounds: FILE });
  assert.ok(summarySchema.safeParse(summary).success, JSON.stringify(summarySchema.safeParse(summary).error?.issues?.[0]));
  assert.ok(isSummary(summary));
  const { groups, ...spring } = summary.rounds['2026-spring'];
  assert.deepEqual(spring, { title: { en: 'Spring 2026', cy: 'Gwanwyn 2026' }, opens: '2026-03-01T00:30:00Z', closes: '2026-04-30T23:30:00Z', access: 'invited' });
  assert.equal(groups.member.rate, 16 / 20);
  assert.equal(groups.all.rate, 46 / 420);
  assert.equal(summary.rounds['2025-autumn'].access, 'open');
  assert.equal(summary.rounds['2025-autumn'].groups.all.rate, undefined);
  // The population option wins over the file's.
  const given = summarise(responses, { survey: '2026-spring', rounds: FILE, population: { '2026-spring': { member: 40, officer: 60 } } });
  assert.equal(given.rounds['2026-spring'].groups.member.rate, 16 / 40);
  // A round the file does not name has no details.
  const other = summarise(roundOf('elsewhere', 20, 30, 1), { survey: 'elsewhere', rounds: FILE });
  assert.deepEqual(Object.keys(other.rounds.elsewhere), ['groups']);
});

test('a wrong rounds file is refused, naming the round and the field', () => {
  const wrong = (entry) => () => summarise([], { survey: '2026-spring', rounds: { '2026-spring': { ...FILE['2026-spring'], ...entry } } });
  assert.throws(wrong({ title: { en: 'Spring 2026' } }), /rounds\["2026-spring"\]\.title must be an object with texts en and cy/);
  assert.throws(wrong({ closes: '2026-03-01T00:00:00Z' }), /rounds\["2026-spring"\]\.closes must be after opens/);
  assert.throws(wrong({ opens: '2 March 2026' }), /rounds\["2026-spring"\]\.opens must be a UTC time/);
  assert.throws(wrong({ access: 'members' }), /rounds\["2026-spring"\]\.access must be "open" or "invited"/);
  assert.throws(wrong({ population: { member: -1, officer: 3 } }), /rounds\["2026-spring"\]\.population must be/);
  assert.throws(wrong({ population: { member: 2.5, officer: 3 } }), /rounds\["2026-spring"\]\.population must be/);
  assert.throws(wrong({ populaton: { member: 51, officer: 620 } }), /summarise: rounds\["2026-spring"\] has an unknown field "populaton"/);
  // The population option is checked as the rounds file's is.
  for (const counts of [{ member: -51, officer: 620 }, { member: 51, officer: 2.5 }, { member: 51 }]) {
    assert.throws(() => summarise([], { survey: '2026-spring', population: { '2026-spring': counts } }), /summarise: population\["2026-spring"\] must be an object with whole numbers member and officer/);
  }
  assert.throws(() => summarise([], { survey: 'a', rounds: [] }), /rounds must be the rounds file/);
});

/** 14 rounds: r01 … r14, with ids that sort otherwise than they ran, some too small to show. */
function fourteen() {
  const rounds = {};
  const responses = [];
  for (let k = 1; k <= 14; k++) {
    // Ids run backwards: "z01" ran first. r05 and r09 have too few Members.
    const id = `z${String(15 - k).padStart(2, '0')}`;
    const opens = new Date(Date.UTC(2019 + Math.floor(k / 2), (k % 2) * 6, 1)).toISOString().replace('.000', '');
    rounds[id] = { title: { en: `Round ${k}`, cy: `Rownd ${k}` }, opens, closes: opens.replace(/T.*/, 'T23:00:00Z').replace(/-01T/, '-28T'), access: 'open' };
    responses.push(...roundOf(id, k === 5 || k === 9 ? 4 : 10 + k, 20 + k, k, new Date(Date.parse(opens) + 86_400_000).toISOString()));
  }
  return { rounds, responses, id: (k) => `z${String(15 - k).padStart(2, '0')}` };
}

test('the trend: five measures for every group, the 12 latest rounds up to the one summarised, oldest first by opens', () => {
  const { rounds, responses, id } = fourteen();
  const summary = summarise(responses, { survey: id(13), compare: id(12), rounds, trend: true });
  assert.ok(summarySchema.safeParse(summary).success, JSON.stringify(summarySchema.safeParse(summary).error?.issues?.[0]));
  assert.ok(isSummary(summary));
  // Rounds 2–13: the 12 latest up to round 13 (round 14 ran later, so it is not in it).
  const ids = Array.from({ length: 12 }, (_, i) => id(i + 2));
  assert.deepEqual(summary.trendRounds.map((r) => r.survey), ids);
  assert.deepEqual(summary.trendRounds[0], { survey: id(2), ...rounds[id(2)] });
  assert.deepEqual(summary.trend.map((t) => `${t.measure} ${t.group}`), MEASURES.flatMap((m) => GROUPS.map((g) => `${m.key} ${g}`)));
  // Each point is that round's own published figure, hidden exactly where its summary hides it.
  let hidden = 0;
  for (const [i, survey] of ids.entries()) {
    const own = summarise(responses, { survey, rounds }).rounds[survey];
    for (const entry of summary.trend) {
      const point = entry.points[i];
      assert.equal(point.survey, survey);
      const group = own.groups[entry.group];
      const item = MEASURES.find((m) => m.key === entry.measure);
      const answers = group.suppressed ? group : group.questions[item.item];
      if (answers.suppressed) {
        assert.deepEqual(point, { survey, suppressed: true });
        hidden++;
        continue;
      }
      const count = item.options.reduce((total, code) => total + answers.options[code].count, 0);
      assert.deepEqual([point.count, point.answered, point.share], [count, answers.answered, count / answers.answered]);
      assert.ok(point.low <= point.share && point.share <= point.high);
    }
  }
  assert.ok(hidden >= 2 * 5 * 2, `rounds 5 and 9 hide Members and Officers (${hidden} hidden points)`);
  // The same figures as the comparison: the last two points are the change's from and to.
  const change = summary.changes.find((c) => c.group === 'all' && c.measure === 'health.good');
  const good = summary.trend.find((t) => t.group === 'all' && t.measure === 'health.good').points;
  assert.deepEqual([good.at(-2).share, good.at(-1).share], [change.from, change.to]);
});

test('without the rounds file the trend orders rounds by their first response; the round summarised comes last even unanswered', () => {
  const responses = [
    ...roundOf('b-first', 12, 20, 1, '2024-01-05T09:00:00.000Z'),
    ...roundOf('a-second', 12, 20, 2, '2024-07-05T09:00:00.000Z'),
    ...roundOf('c-later', 12, 20, 3, '2026-01-05T09:00:00.000Z'),
    ...roundOf('d-now', 12, 20, 4, '2025-01-05T09:00:00.000Z'),
  ];
  const summary = summarise(responses, { survey: 'd-now', trend: true });
  assert.deepEqual(summary.trendRounds, [{ survey: 'b-first' }, { survey: 'a-second' }, { survey: 'd-now' }]);
  const empty = summarise(responses, { survey: 'e-empty', trend: true });
  assert.deepEqual(empty.trendRounds.at(-1), { survey: 'e-empty' });
  assert.deepEqual(empty.trend[0].points.at(-1), { survey: 'e-empty', suppressed: true });
  assert.ok(isSummary(empty));
  // Without trend: none of it.
  assert.equal('trend' in summarise(responses, { survey: 'd-now' }), false);
});
