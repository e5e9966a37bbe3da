// Generated responses for property tests: valid ones, and named ways to break them.
import fc from 'fast-check';
import { ANSWER_KEYS, RESPONDENTS, question, type Question } from '../../src/catalogue/questions.js';
import { LOCALES, MAX_TEXT_LENGTH } from '../../src/schema/values.js';

const text = fc
  .string({ minLength: 1, maxLength: MAX_TEXT_LENGTH, unit: 'grapheme' })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && s.length <= MAX_TEXT_LENGTH);

/** A valid answer to any catalogue question, by its kind. */
function answer(q: Question): fc.Arbitrary<unknown> {
  if (q.kind === 'texts') return fc.record(Object.fromEntries(q.fields.map((f) => [f, text])), { requiredKeys: [] });
  if (q.kind !== 'follow-up') return fc.constantFrom(...q.options);
  // The follow-ups only after the option that reveals them; choices among them are required.
  const revealed = fc.record(
    {
      [q.field]: fc.constant(q.reveals),
      ...Object.fromEntries(q.followUps.map((f) => [f.key, f.kind === 'text' ? text : fc.constantFrom(...f.options)])),
    },
    { requiredKeys: [q.field, ...q.followUps.filter((f) => f.kind === 'choice').map((f) => f.key)] },
  );
  return fc.oneof(revealed, fc.record({ [q.field]: fc.constantFrom(...q.options.filter((o) => o !== q.reveals)) }));
}

export const validResponse = fc.record({
  version: fc.constant(1),
  id: fc.uuid({ version: 4 }),
  survey: fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/),
  submittedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  locale: fc.constantFrom(...LOCALES),
  respondent: fc.constantFrom(...RESPONDENTS),
  answers: fc.record(Object.fromEntries(ANSWER_KEYS.map((key) => [key, answer(question(key))])), { requiredKeys: [] }),
});

export type Mutable = Record<string, unknown> & { answers: Record<string, unknown> };

/** Ways to break a valid response, each named for the failure message. */
export const mutations: [string, (r: Mutable, junk: unknown) => void][] = [
  ...['version', 'id', 'survey', 'submittedAt', 'locale', 'respondent', 'answers'].map(
    (key): [string, (r: Mutable) => void] => [`drop ${key}`, (r) => delete r[key]],
  ),
  ['add an unknown top-level field', (r, junk) => (r.deviceId = junk)],
  ['add an unknown answer', (r, junk) => (r.answers.userName = junk)],
  ['health outside 1–5', (r) => (r.answers.health = 6)],
  ['health as a string', (r) => (r.answers.health = '4')],
  ['an unknown frequency', (r, junk) => (r.answers.frequency = `x${JSON.stringify(junk)}`)],
  ['a respondent of neither kind', (r) => (r.respondent = 'councillor')],
  ['a survey id with a slash', (r) => (r.survey = 'a/b')],
  ['a version other than 1', (r) => (r.version = 2)],
  ['text over the limit', (r) => (r.answers.lastInteraction = { toImprove: 'y'.repeat(MAX_TEXT_LENGTH + 1) })],
  ['untrimmed text', (r) => (r.answers.lastInteraction = { workedWell: ' padded' })],
  ['follow-ups without Yes', (r) => (r.answers.issues = { experienced: 'no', reported: 'yes' })],
  ['an id that is not a v4 UUID', (r) => (r.id = '00000000-0000-1000-8000-000000000000')],
];

