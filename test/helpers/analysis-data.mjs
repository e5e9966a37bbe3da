// Generated survey data for the analysis tests (Node): rounds of responses with small and
// empty groups, unanswered questions and lopsided answers, read from the question catalogue
// (dist/schema.js), so a question added there is generated too. Every free text carries
// MARKER, so a test can search a summary for any text that leaked into it.
import fc from 'fast-check';
import { QUESTIONS } from '../../dist/schema.js';

export const MARKER = 'MARKER-d41d8cd9';
const text = fc.integer({ min: 0, max: 999 }).map((n) => `${MARKER} comment ${n}`);

/** One of `options`, sometimes strongly favouring one of them (so some options stay at 0). */
const lopsided = (options) =>
  fc.oneof({ arbitrary: fc.constantFrom(...options), weight: 2 }, { arbitrary: fc.constant(options[0]), weight: 1 });

/** An answer to one catalogue question, by its kind (undefined: not answered). */
function answerOf(q) {
  if (q.kind === 'texts') return fc.record(Object.fromEntries(q.fields.map((field) => [field, text])), { requiredKeys: [] });
  if (q.kind !== 'follow-up') return lopsided(q.options);
  const followUps = Object.fromEntries(q.followUps.map((f) => [f.key, f.kind === 'text' ? text : lopsided(f.options)]));
  const required = [q.field, ...q.followUps.filter((f) => f.kind === 'choice').map((f) => f.key)];
  const revealed = fc.record({ [q.field]: fc.constant(q.reveals), ...followUps }, { requiredKeys: required });
  const other = fc.constantFrom(...q.options.filter((o) => o !== q.reveals)).map((o) => ({ [q.field]: o }));
  return fc.oneof(revealed, other);
}

const answers = fc
  .record(
    Object.fromEntries(QUESTIONS.filter((q) => q.key !== 'respondent').map((q) => [q.key, fc.option(answerOf(q), { freq: 6, nil: undefined })])),
  )
  .map((record) => {
    const out = {};
    for (const [key, value] of Object.entries(record)) {
      // Empty text groups are left out, as the form leaves them out.
      if (value !== undefined && !(typeof value === 'object' && Object.keys(value).length === 0)) out[key] = value;
    }
    return out;
  });

let serial = 0;
/** A valid response (a fresh v4 UUID each time). */
function response(survey, respondent, given) {
  const hex = (++serial).toString(16).padStart(12, '0');
  return {
    version: 1,
    id: `00000000-0000-4000-8000-${hex}`,
    survey,
    submittedAt: '2026-04-02T09:15:00.000Z',
    locale: 'en',
    respondent,
    answers: given,
  };
}

/** A group of 0–`max` answers, biased to small. */
const groupOf = (max) => fc.oneof(fc.array(answers, { maxLength: 6 }), fc.array(answers, { maxLength: max }));

/** Two rounds, each with Members and Officers of any size from 0, and a threshold. */
export const dataset = fc
  .record({
    rounds: fc.tuple(
      fc.record({ member: groupOf(30), officer: groupOf(40) }),
      fc.record({ member: groupOf(30), officer: groupOf(40) }),
    ),
    minGroup: fc.integer({ min: 1, max: 15 }),
  })
  .map(({ rounds, minGroup }) => ({
    minGroup,
    responses: rounds.flatMap((round, i) =>
      ['member', 'officer'].flatMap((group) => round[group].map((given) => response(i === 0 ? 'now' : 'before', group, given))),
    ),
  }));

export { response };
