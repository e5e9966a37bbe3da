// SPEC §16, "Text the database or a spreadsheet would choke on": U+0000 and unpaired
// surrogates are invalid in the one zod schema, the compiled form the elements check with
// agrees in every engine, and the survey leaves them out of what it sends, so a respondent
// never meets the error. (The JSON Schema is held to zod in test/node/package.test.mjs.)
import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import type { MorSubmittedEvent } from '../src/events/events.js';
import { buildResponse } from '../src/payload/build-response.js';
import * as compiled from '../src/schema/compiled.js';
import { MAX_TEXT_LENGTH, responseSchema } from '../src/schema/response.js';
import { check, isValid } from '../src/schema/shape.js';
import { specExample } from './fixtures/spec-example.mjs';
import { endpointFor, namespace } from './helpers/receiver.js';
import { answerRequired, clearStorage, submitButton, surveyAt, type } from './helpers/survey.js';

/** The oracle, written independently of the schema: no U+0000, no surrogate without its pair. */
function wellFormed(text: string): boolean {
  // A string's iterator yields a pair as one character and an unpaired half as itself.
  return [...text].every((ch) => ch !== '\0' && !(ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff));
}

/** Any text, with the troublesome characters far more often than chance would give them. */
const anyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('\0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D\uDE00', ' ', 'a', 'é', '\u2028', '\uFFFF'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const withText = (text: string) => ({ ...specExample, answers: { lastInteraction: { workedWell: text }, issues: { experienced: 'yes', reported: 'no', details: text } } });

describe('text validity (SPEC §16)', () => {
  beforeEach(clearStorage);

  it('the schema and its compiled form agree on any text, and refuse exactly U+0000 and unpaired surrogates', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const response = withText(text);
        const zod = responseSchema.safeParse(response);
        const issues = (zod.error?.issues ?? []).map(({ code, path }) => ({ code, path }));
        expect(check(compiled.response, response).map(({ code, path }) => ({ code, path })), JSON.stringify(text)).to.deep.equal(issues);
        // Valid text is exactly: well formed, trimmed and non-empty (it is short here).
        const trimmed = text.length > 0 && text.trim() === text;
        expect(zod.success, JSON.stringify(text)).to.equal(wellFormed(text) && trimmed);
      }),
      { numRuns: 2000 },
    );
    // A pair of surrogates (an emoji) is one character, welcome anywhere.
    expect(responseSchema.safeParse(withText('Good 😀 meeting')).success).to.equal(true);
    for (const bad of ['a\0b', 'a\uD83D', '\uDE00a', 'a\uDE00\uD83Db']) {
      expect(responseSchema.safeParse(withText(bad)).success, JSON.stringify(bad)).to.equal(false);
      expect(isValid(compiled.response, withText(bad)), JSON.stringify(bad)).to.equal(false);
    }
  });

  it('what the survey builds from any typed text is valid: the characters are left out, the rest kept', () => {
    const meta = { id: specExample.id, survey: 'test-round', submittedAt: specExample.submittedAt, locale: 'en' as const, respondent: 'member' as const };
    fc.assert(
      fc.property(anyText, anyText, (worked, details) => {
        const response = buildResponse(
          { lastInteraction: { workedWell: worked }, issues: { experienced: 'yes', reported: 'no', details } },
          ['lastInteraction', 'issues'],
          meta,
        );
        const expected = (text: string) => [...text].filter((ch) => wellFormed(ch)).join('').trim() || undefined;
        expect(response.answers.lastInteraction?.workedWell).to.equal(expected(worked));
        expect(response.answers.issues).to.deep.equal({ experienced: 'yes', reported: 'no', ...(expected(details) && { details: expected(details) }) });
        expect(isValid(compiled.response, response)).to.equal(true);
        expect(responseSchema.safeParse(response).success).to.equal(true);
      }),
      { numRuns: 1000 },
    );
    // WebKit's `u`-flag regular expressions miss a lone half before U+FFFF: found by this property.
    const edge = buildResponse({ lastInteraction: { workedWell: 'a\uD800\uFFFF\uDBFF\uFFFE' } }, ['lastInteraction'], meta);
    expect(edge.answers.lastInteraction?.workedWell).to.equal('a\uFFFF\uFFFE');
    // Over the limit stays over the limit: leaving characters out never cuts text short.
    const long = buildResponse({ lastInteraction: { workedWell: `${'y'.repeat(MAX_TEXT_LENGTH)}z\0` } }, ['lastInteraction'], meta);
    expect(long.answers.lastInteraction?.workedWell).to.have.length(MAX_TEXT_LENGTH + 1);
  });

  it('a respondent who types them sends their answer without them; the receiver takes it', async () => {
    const ns = namespace();
    const survey = await surveyAt(endpointFor(ns));
    await answerRequired(survey);
    await type(survey, 'mor-last-interaction', 'lastInteraction-workedWell', 'Clear\0 briefing \uD83D\uDE00\uD83D');
    expect(survey.answers.lastInteraction?.workedWell).to.equal('Clear\0 briefing \uD83D\uDE00\uD83D');
    const submitted = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
    submitButton(survey).click();
    const { detail } = await submitted;
    expect(detail.status).to.equal(201);
    expect(detail.response.answers.lastInteraction).to.deep.equal({ workedWell: 'Clear briefing \uD83D\uDE00' });
  });

  it('the receiver answers 422 to text holding U+0000 or an unpaired surrogate', async () => {
    const ns = namespace();
    for (const [i, text] of ['a\0b', 'a\uD800', '\uDC00'].entries()) {
      const response = { ...withText(text), id: specExample.id.replace(/.$/, String(i)) };
      const answer = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) });
      expect(answer.status, JSON.stringify(text)).to.equal(422);
    }
    const fine = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(withText('ok 😀')) });
    expect(fine.status).to.equal(201);
  });
});
