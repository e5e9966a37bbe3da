// Generated responses for property tests: valid ones, and named ways to break them.
import fc from 'fast-check';
import {
  CHANGES,
  EXPERIENCED,
  FREQUENCIES,
  HEALTH_SCORES,
  KNOWS_HOW,
  LOCALES,
  MAX_TEXT_LENGTH,
  REPORTED,
  RESPONDENTS,
} from '../../src/schema/values.js';

const text = fc
  .string({ minLength: 1, maxLength: MAX_TEXT_LENGTH, unit: 'grapheme' })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && s.length <= MAX_TEXT_LENGTH);

const issues = fc.oneof(
  fc.record({ experienced: fc.constant('yes' as const), reported: fc.constantFrom(...REPORTED), details: text }, { requiredKeys: ['experienced', 'reported'] }),
  fc.record({ experienced: fc.constantFrom(...EXPERIENCED.filter((e) => e !== 'yes')) }),
);

export const validResponse = fc.record({
  version: fc.constant(1),
  id: fc.uuid({ version: 4 }),
  survey: fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/),
  submittedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  locale: fc.constantFrom(...LOCALES),
  respondent: fc.constantFrom(...RESPONDENTS),
  answers: fc.record(
    {
      frequency: fc.constantFrom(...FREQUENCIES),
      health: fc.constantFrom(...HEALTH_SCORES),
      change: fc.constantFrom(...CHANGES),
      lastInteraction: fc.record({ workedWell: text, didNotWorkWell: text, toImprove: text }, { requiredKeys: [] }),
      issues,
      reporting: fc.constantFrom(...KNOWS_HOW),
    },
    { requiredKeys: [] },
  ),
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

