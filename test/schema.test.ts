import { expect } from '@open-wc/testing';
import { answersSchema, responseSchema, parseResponse, formAnswersSchema } from '../src/schema/index.js';
import { buildResponse } from '../src/payload/build-response.js';
import { validateAnswers } from '../src/validation/validate-answers.js';
import type { Answers } from '../src/payload/answers.js';

import { specExample } from './fixtures/spec-example.mjs';
import { ANSWER_KEYS, question, type Question } from '../src/catalogue/questions.js';

const clone = <T>(value: T): T => structuredClone(value);

describe('response schema', () => {
  it('is made from the catalogue: every question, option and field, and nothing else', () => {
    expect(Object.keys(answersSchema.shape)).to.deep.equal(ANSWER_KEYS);
    const accepts = (key: string, answer: unknown) => parseResponse({ ...specExample, answers: { [key]: answer } }).success;
    for (const key of ANSWER_KEYS) {
      const q: Question = question(key);
      if (q.kind === 'choice' || q.kind === 'rating') {
        for (const option of q.options) expect(accepts(key, option), `${key} ${option}`).to.equal(true);
        expect(accepts(key, 'not-an-option'), key).to.equal(false);
      } else if (q.kind === 'texts') {
        for (const field of q.fields) expect(accepts(key, { [field]: 'Text' }), `${key}.${field}`).to.equal(true);
        expect(accepts(key, { other: 'Text' }), key).to.equal(false);
      } else {
        for (const option of q.options.filter((o) => o !== q.reveals)) expect(accepts(key, { [q.field]: option }), option).to.equal(true);
        const revealed: Record<string, string> = { [q.field]: q.reveals };
        for (const f of q.followUps) revealed[f.key] = f.kind === 'text' ? 'Text' : f.options[0]!;
        expect(accepts(key, revealed), `${key} with follow-ups`).to.equal(true);
        for (const f of q.followUps.filter((f) => f.kind === 'choice')) {
          for (const option of f.options) expect(accepts(key, { ...revealed, [f.key]: option }), `${f.key} ${option}`).to.equal(true);
          const { [f.key]: _dropped, ...without } = revealed;
          expect(accepts(key, without), `${f.key} is required after ${q.reveals}`).to.equal(false);
        }
      }
    }
  });

  it('accepts the example of SPEC §5', () => {
    expect(responseSchema.safeParse(specExample).success).to.equal(true);
  });

  const invalid: [string, (r: ReturnType<typeof clone<typeof specExample>>) => void][] = [
    ['a health score as a string', (r) => ((r.answers as Record<string, unknown>).health = '4')],
    ['a health score of 6', (r) => ((r.answers as Record<string, unknown>).health = 6)],
    ['an unknown frequency', (r) => ((r.answers as Record<string, unknown>).frequency = 'hourly')],
    ['an unknown top-level field', (r) => ((r as Record<string, unknown>).userAgent = 'Mozilla/5.0')],
    ['an unknown answer', (r) => ((r.answers as Record<string, unknown>).name = 'Cllr Jones')],
    ['a version 2', (r) => ((r as Record<string, unknown>).version = 2)],
    ['an id that is not a v4 UUID', (r) => (r.id = 'not-a-uuid')],
    ['a survey id with a space', (r) => (r.survey = '2026 spring')],
    ['a survey id of 65 characters', (r) => (r.survey = 'a'.repeat(65))],
    ['a date that is not ISO', (r) => (r.submittedAt = 'yesterday')],
    ['a locale of fr', (r) => (r.locale = 'fr')],
    ['a missing respondent', (r) => delete (r as Partial<typeof r>).respondent],
    ['reported without experienced yes', (r) => (r.answers.issues = { experienced: 'no', reported: 'no' } as never)],
    ['experienced yes without reported', (r) => (r.answers.issues = { experienced: 'yes' } as never)],
    ['details of 2,001 characters', (r) => (r.answers.issues.details = 'x'.repeat(2001))],
    ['an empty text', (r) => (r.answers.lastInteraction.workedWell = '')],
    ['untrimmed text', (r) => (r.answers.lastInteraction.workedWell = ' padded ')],
  ];
  for (const [name, mutate] of invalid) {
    it(`rejects ${name}`, () => {
      const response = clone(specExample);
      mutate(response);
      expect(parseResponse(response).success).to.equal(false);
    });
  }

  it('accepts exactly 2,000 characters and an answer set chosen by the author', () => {
    const response = clone(specExample);
    response.answers.issues.details = 'x'.repeat(2000);
    expect(parseResponse(response).success).to.equal(true);
    expect(parseResponse({ ...specExample, answers: { health: 2 } }).success).to.equal(true);
  });

  it('makes the asked questions required for the form', () => {
    const schema = formAnswersSchema(['frequency', 'lastInteraction']);
    expect(schema.safeParse({}).success).to.equal(false);
    expect(schema.safeParse({ frequency: 'daily' }).success).to.equal(true);
  });
});

describe('buildResponse', () => {
  const meta = { id: specExample.id, survey: '2026-spring', submittedAt: specExample.submittedAt, locale: 'en' as const };
  const all = ['frequency', 'health', 'change', 'lastInteraction', 'issues', 'reporting'] as const;

  it('trims text, leaves out empty text and hidden follow-ups', () => {
    const answers: Answers = {
      respondent: 'member',
      frequency: 'daily',
      health: 2,
      change: 'worse',
      lastInteraction: { workedWell: '  Good chair  ', didNotWorkWell: '   ', toImprove: '' },
      issues: { experienced: 'no', reported: 'yes', details: 'kept in the form, not sent' },
      reporting: 'yes',
    };
    const response = buildResponse(answers, all, meta);
    expect(response).to.deep.equal({
      version: 1,
      ...meta,
      respondent: 'member',
      answers: {
        frequency: 'daily',
        health: 2,
        change: 'worse',
        lastInteraction: { workedWell: 'Good chair' },
        issues: { experienced: 'no' },
        reporting: 'yes',
      },
    });
    expect(responseSchema.safeParse(response).success).to.equal(true);
  });

  it('leaves out lastInteraction when all three are empty, and uses the respondent attribute first', () => {
    const response = buildResponse(
      { respondent: 'member', lastInteraction: { workedWell: ' ' }, issues: { experienced: 'yes', reported: 'no', details: '  x ' } },
      all,
      { ...meta, respondent: 'officer' },
    );
    expect(response.answers).to.deep.equal({ issues: { experienced: 'yes', reported: 'no', details: 'x' } });
    expect(response.respondent).to.equal('officer');
  });
});

describe('validateAnswers', () => {
  const asked = ['respondent', 'frequency', 'health', 'change', 'lastInteraction', 'issues', 'reporting'] as const;

  it('names every missing required field in question order', () => {
    expect(validateAnswers({}, asked).map((e) => e.field)).to.deep.equal([
      'respondent',
      'frequency',
      'health',
      'change',
      'issues.experienced',
      'reporting',
    ]);
  });

  it('asks for the follow-up only after Yes, and checks lengths', () => {
    const answers: Answers = {
      respondent: 'member',
      frequency: 'never',
      health: 3,
      change: 'same',
      lastInteraction: { toImprove: 'y'.repeat(2001) },
      issues: { experienced: 'yes', details: 'z'.repeat(2001) },
      reporting: 'no',
    };
    expect(validateAnswers(answers, asked)).to.deep.equal([
      { question: 'lastInteraction', field: 'lastInteraction.toImprove' },
      { question: 'issues', field: 'issues.reported' },
      { question: 'issues', field: 'issues.details' },
    ]);
    // Surrounding spaces do not count towards the limit: the text is trimmed before sending.
    answers.lastInteraction = { toImprove: ` ${'y'.repeat(2000)} ` };
    answers.issues = { experienced: 'no', details: 'z'.repeat(5000) };
    expect(validateAnswers(answers, asked)).to.deep.equal([]);
  });

  it('only checks the questions asked', () => {
    expect(validateAnswers({}, ['health'])).to.deep.equal([{ question: 'health', field: 'health' }]);
  });
});
