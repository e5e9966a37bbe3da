/**
 * `mor-survey-summarise`: the committee's summary from an export of responses, for a council
 * whose own receiver keeps them (SPEC §13). Prints the summary JSON on stdout; says on stderr
 * how many entries were read, left out as invalid or repeated.
 *
 *   npx mor-survey-summarise responses.json --survey 2026-spring [--compare 2025-autumn]
 *       [--min-group 10] [--population population.json] [--rounds rounds.json] [--trend]
 *
 * `responses.json`: a JSON array, `{ "responses": [...] }` or JSON Lines; `-` reads stdin.
 * `population.json`: `{ "2026-spring": { "member": 51, "officer": 620 }, ... }`.
 * `rounds.json`: the receiver's rounds file (SPEC §15): titles, dates, access and populations.
 * `--trend`: every round in the export up to `--survey`, at most 12 (SPEC §13 "Over time").
 * `--min-group` under 5 is refused, as the receiver refuses it. A `--survey` or `--compare`
 * round with no valid response in the export (a typo, most likely) is refused too (exit 2):
 * its summary would hide everything without a word, and with `--trend` every other round
 * would count as before it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRecord } from '../internal/data.js';
import { readResponses } from './read-responses.js';
import { isPopulation } from './rounds-file.js';
import { summarise, type Population, type RoundsFile } from './summarise.js';

const USAGE = `Usage: mor-survey-summarise <responses.json|-> --survey <round> [--compare <round>] [--min-group <n>] [--population <file.json>] [--rounds <file.json>] [--trend]`;

function fail(message: string, code = 2): never {
  process.stderr.write(`mor-survey-summarise: ${message}\n`);
  process.exit(code);
}

function readPopulation(file: string): Population {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(value)) fail(`${file}: expected { "<round>": { "member": <number>, "officer": <number> } }`);
  for (const [round, counts] of Object.entries(value)) {
    if (!isPopulation(counts)) fail(`${file}: population["${round}"] must be an object with whole numbers member and officer`);
  }
  return value as Population;
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        survey: { type: 'string' },
        compare: { type: 'string' },
        'min-group': { type: 'string' },
        population: { type: 'string' },
        rounds: { type: 'string' },
        trend: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1 || !values.survey) fail(USAGE);
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`, 1);
  }
  const minGroup = values['min-group'] === undefined ? undefined : Number(values['min-group']);
  let population: Population | undefined;
  try {
    population = values.population === undefined ? undefined : readPopulation(values.population);
  } catch (error) {
    fail(`cannot read ${values.population}: ${(error as Error).message}`, 1);
  }
  let rounds: RoundsFile | undefined;
  try {
    rounds = values.rounds === undefined ? undefined : (JSON.parse(readFileSync(values.rounds, 'utf8')) as RoundsFile);
  } catch (error) {
    fail(`cannot read ${values.rounds}: ${(error as Error).message}`, 1);
  }
  const { responses, invalid, duplicates } = readResponses(text);
  const left = [invalid && `${invalid} invalid`, duplicates && `${duplicates} repeated`].filter(Boolean).join(', ');
  process.stderr.write(`mor-survey-summarise: ${responses.length} valid responses read${left ? `; left out: ${left}` : ''}\n`);
  let summary;
  try {
    summary = summarise(responses, { survey: values.survey, compare: values.compare, minGroup, population, rounds, trend: values.trend });
  } catch (error) {
    fail((error as Error).message);
  }
  const found = new Set(responses.map((response) => response.survey));
  for (const id of [values.survey, values.compare]) {
    if (id !== undefined && !found.has(id)) fail(`no responses for round "${id}" (the export has ${[...found].sort().join(', ') || 'none'})`);
  }
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

main();
