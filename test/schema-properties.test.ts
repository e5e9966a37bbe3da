// Property-based tests: random valid responses are accepted, and every mutation that breaks
// the wire format of SPEC §5 is rejected, by the schema and by the receiver of `npm start`.
import { expect } from '@open-wc/testing';
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
  responseSchema,
} from '../src/schema/index.js';
import { endpointFor, namespace, received } from './helpers/receiver.js';

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

type Mutable = Record<string, unknown> & { answers: Record<string, unknown> };

/** Ways to break a valid response, each named for the failure message. */
const mutations: [string, (r: Mutable, junk: unknown) => void][] = [
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

describe('schema properties', () => {
  it('accepts every valid response, unchanged', () => {
    fc.assert(
      fc.property(validResponse, (response) => {
        const result = responseSchema.safeParse(response);
        return result.success && JSON.stringify(result.data) === JSON.stringify(response);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every mutation that breaks the wire format', () => {
    fc.assert(
      fc.property(validResponse, fc.integer({ min: 0, max: mutations.length - 1 }), fc.jsonValue(), (response, which, junk) => {
        const broken = structuredClone(response) as unknown as Mutable;
        mutations[which]![1](broken, junk);
        return !responseSchema.safeParse(broken).success;
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any JSON value, and accepts only what it returns unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = responseSchema.safeParse(value);
        return !result.success || JSON.stringify(result.data) === JSON.stringify(value);
      }),
      { numRuns: 300 },
    );
  });

  it('the receiver stores what the schema accepts and refuses the mutations', async () => {
    const ns = namespace();
    const samples = fc.sample(validResponse, 10);
    for (const response of samples) {
      const answer = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) });
      expect(answer.status, JSON.stringify(response).slice(0, 200)).to.equal(201);
    }
    for (const [name, mutate] of mutations) {
      const broken = structuredClone(fc.sample(validResponse, 1)[0]) as unknown as Mutable;
      mutate(broken, 'junk');
      const answer = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(broken) });
      expect(answer.status, name).to.equal(422);
    }
    // Prototype tricks and deep nesting are refused too, without harm to the receiver.
    const tricks = [
      `{"__proto__":{"polluted":true},${JSON.stringify(samples[0]).slice(1)}`,
      `{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(samples[0]).slice(1)}`,
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ];
    for (const body of tricks) {
      const answer = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      expect(answer.status).to.be.within(400, 499);
    }
    expect((await received(ns)).responses).to.have.length(samples.length);
  });
});
