// The mor-survey-summarise command, as a council runs it on an export: JSON, { responses }
// or JSON Lines, invalid entries and repeated ids counted and left out, a population file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise, summarySchema } from '../../dist/analysis.js';
import { ROUNDS_FILE } from '../fixtures/rounds-file.mjs';

const FILE_SPRING = ROUNDS_FILE['2026-spring'];
import { response } from '../helpers/analysis-data.mjs';

const cli = new URL('../../dist/mor-survey-summarise.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mor-summarise-'));
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const responses = [
  ...Array.from({ length: 12 }, () => response('2026-spring', 'member', { health: 4, reporting: 'yes' })),
  ...Array.from({ length: 11 }, () => response('2026-spring', 'officer', { health: 2, reporting: 'no' })),
  ...Array.from({ length: 10 }, () => response('2025-autumn', 'officer', { health: 3 }, '2025-10-10T09:00:00.000Z')),
];
const expected = summarise(responses, { survey: '2026-spring', compare: '2025-autumn' });

test('reads a JSON array and prints the same summary as summarise()', () => {
  const out = run([file('a.json', JSON.stringify(responses)), '--survey', '2026-spring', '--compare', '2025-autumn']);
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(JSON.parse(out.stdout), expected);
  assert.ok(summarySchema.safeParse(JSON.parse(out.stdout)).success);
  assert.match(out.stderr, /33 valid responses read/);
});

test('reads JSON Lines with a BOM and CRLF, counts invalid lines and repeated ids, and leaves them out', () => {
  const lines = ['\uFEFF' + JSON.stringify(responses[0]), ...responses.slice(1).map((r) => JSON.stringify(r))];
  lines.push('{"version":1,"not":"a response"}', 'this is not JSON', JSON.stringify(responses[3]), '');
  const out = run([file('b.jsonl', lines.join('\r\n')), '--survey', '2026-spring', '--compare', '2025-autumn']);
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(JSON.parse(out.stdout), expected);
  assert.match(out.stderr, /33 valid responses read; left out: 2 invalid, 1 repeated/);
});

test('reads { responses } from stdin, with --min-group and --population', () => {
  const population = file('p.json', JSON.stringify({ '2026-spring': { member: 24, officer: 44 } }));
  const out = run(['-', '--survey', '2026-spring', '--min-group', '12', '--population', population], JSON.stringify({ responses }));
  assert.equal(out.status, 0, out.stderr);
  const summary = JSON.parse(out.stdout);
  assert.equal(summary.minGroup, 12);
  assert.deepEqual(summary.rounds['2026-spring'].groups.officer, { suppressed: true }); // 11 < 12
  assert.equal(summary.rounds['2026-spring'].groups.all.rate, 23 / 68);
});

test('--rounds gives the rounds their titles and dates, and --trend every round so far', () => {
  const rounds = file('r.json', JSON.stringify(ROUNDS_FILE));
  const out = run([file('d.json', JSON.stringify(responses)), '--survey', '2026-spring', '--rounds', rounds, '--trend']);
  assert.equal(out.status, 0, out.stderr);
  const summary = JSON.parse(out.stdout);
  assert.ok(summarySchema.safeParse(summary).success);
  assert.equal(summary.rounds['2026-spring'].title.cy, 'Gwanwyn 2026');
  assert.deepEqual(summary.trendRounds.map((r) => r.survey), ['2025-autumn', '2026-spring']);
});

test('refuses a round with no responses in the export (a typo), rather than a summary that hides everything', () => {
  const data = file('e.json', JSON.stringify(responses));
  for (const args of [
    ['--survey', '2026-sprnig'],
    ['--survey', '2026-sprnig', '--trend'],
    ['--survey', '2026-spring', '--compare', '2025-autunm'],
  ]) {
    const out = run([data, ...args]);
    assert.equal(out.status, 2, args.join(' '));
    const typo = args.find((arg) => /sprnig|autunm/.test(arg));
    assert.match(out.stderr, new RegExp(`no responses for round "${typo}" \\(the export has 2025-autumn, 2026-spring\\)`));
    assert.equal(out.stdout, '');
  }
  // Entries left out as invalid are not responses: a round with only those has none.
  const invalid = file('f.json', JSON.stringify([{ ...responses[0], survey: '2027-spring', respondent: 'nobody' }, ...responses]));
  const out = run([invalid, '--survey', '2027-spring']);
  assert.equal(out.status, 2);
  assert.match(out.stderr, /left out: 1 invalid\n.*no responses for round "2027-spring"/s);
});

test('says what is wrong, on stderr, with a non-zero status', () => {
  const data = file('c.json', JSON.stringify(responses));
  const cases = [
    [[data], /Usage/],
    [[data, '--survey', 'no spaces'], /survey must be a survey id/],
    [[data, '--survey', 'a', '--min-group', '0'], /minGroup/],
    [[data, '--survey', 'a', '--min-group', '4'], /minGroup must be a whole number of at least 5, not 4/],
    [[data, '--survey', 'a', '--rounds', file('bad-rounds.json', '{"a":{"title":"A"}}')], /rounds\["a"\]\.title must be/],
    [[data, '--survey', 'a', '--rounds', file('not-json.json', '{')], /cannot read/],
    [[join(dir, 'missing.json'), '--survey', 'a'], /cannot read/],
    [[data, '--survey', 'a', '--population', file('bad.json', '{"a":{"member":"x"}}')], /bad\.json: population\["a"\] must be an object with whole numbers member and officer/],
    [[data, '--survey', 'a', '--population', file('list.json', '[]')], /expected/],
    [[data, '--survey', 'a', '--unknown'], /Unknown option/],
  ];
  for (const [args, message] of cases) {
    const out = run(args);
    assert.notEqual(out.status, 0, args.join(' '));
    assert.match(out.stderr, message);
    assert.equal(out.stdout, '');
  }
});

// One check of a rounds file's entry and of a population, wherever they are given (rounds-file.ts).
test('refuses a misspelt field in the rounds file and a negative or fractional population, naming the round and the field', () => {
  const data = file('e.json', JSON.stringify(responses));
  const { population, ...spring } = FILE_SPRING;
  const cases = [
    [['--rounds', file('misspelt.json', JSON.stringify({ ...ROUNDS_FILE, '2026-spring': { ...spring, populaton: population } }))], /rounds\["2026-spring"\] has an unknown field "populaton"/],
    [['--rounds', file('fraction.json', JSON.stringify({ ...ROUNDS_FILE, '2026-spring': { ...spring, population: { member: 2.5, officer: 620 } } }))], /rounds\["2026-spring"\]\.population must be an object with whole numbers/],
    [['--population', file('negative.json', JSON.stringify({ '2026-spring': { member: -51, officer: 620 } }))], /population\["2026-spring"\] must be an object with whole numbers/],
    [['--population', file('fractional.json', JSON.stringify({ '2026-spring': { member: 51, officer: 2.5 } }))], /population\["2026-spring"\] must be an object with whole numbers/],
  ];
  for (const [args, message] of cases) {
    const out = run([data, '--survey', '2026-spring', ...args]);
    assert.equal(out.status, 2, args.join(' '));
    assert.match(out.stderr, message);
    assert.equal(out.stdout, '');
  }
});
