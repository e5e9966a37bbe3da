// The package as published: the JSON Schema agrees with the zod schema, the Custom Elements
// Manifest describes the API and the README documents the same API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { isCode, makeCode, parseCode, respondentOf, INVITATION_HEADER, responseSchema } from '../../dist/schema.js';
import { specExample } from '../fixtures/spec-example.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const valid = { ...specExample, locale: 'cy' };
const variant = (change) => {
  const copy = structuredClone(valid);
  change(copy);
  return copy;
};
const samples = [
  valid,
  variant((r) => (r.answers = { health: 1 })),
  variant((r) => (r.answers.issues = { experienced: 'prefer-not-to-say' })),
  variant((r) => (r.answers.lastInteraction.toImprove = 'x'.repeat(2000))),
  variant((r) => (r.answers.lastInteraction.toImprove = 'x'.repeat(2001))),
  variant((r) => (r.answers.lastInteraction.workedWell = ' padded')),
  variant((r) => (r.answers.lastInteraction.workedWell = '')),
  variant((r) => (r.answers.health = '4')),
  variant((r) => (r.answers.health = 6)),
  variant((r) => (r.answers.issues = { experienced: 'no', reported: 'no' })),
  variant((r) => (r.answers.issues = { experienced: 'yes' })),
  variant((r) => (r.userAgent = 'Mozilla/5.0')),
  variant((r) => (r.answers.name = 'Cllr Jones')),
  variant((r) => delete r.respondent),
  variant((r) => (r.version = 2)),
  variant((r) => (r.id = '0b6a3a5e-3f7e-1a53-9d8e-1f0c2f6d9a10')),
  variant((r) => (r.survey = '2026 spring')),
  variant((r) => (r.submittedAt = '2026-13-02T09:15:00.000Z')),
  variant((r) => (r.locale = 'fr')),
  variant((r) => (r.answers.lastInteraction.workedWell = 'an emoji 😀 is one character')),
  variant((r) => (r.answers.lastInteraction.workedWell = 'a\u0000b')),
  variant((r) => (r.answers.lastInteraction.workedWell = 'a\uD83D')),
  variant((r) => (r.answers.issues.details = '\uDE00\uD83D')),
];

test('the generated JSON Schema accepts and rejects the same responses as the zod schema', () => {
  const jsonSchema = JSON.parse(read('dist/response.schema.json'));
  const validate = new Ajv2020({ strict: false }).compile(jsonSchema);
  let accepted = 0;
  for (const sample of samples) {
    const zod = responseSchema.safeParse(sample).success;
    assert.equal(validate(sample), zod, JSON.stringify(sample).slice(0, 160));
    if (zod) accepted++;
  }
  assert.equal(accepted, 5);
});

test('the JSON Schema and zod agree on any text, U+0000 and unpaired surrogates included (SPEC §16)', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('dist/response.schema.json')));
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.constantFrom('\0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D\uDE00', ' ', 'a', '\u2028'),
  );
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (value) => {
      const response = variant((r) => {
        r.answers.lastInteraction.workedWell = value;
        r.answers.issues.details = value;
      });
      const zod = responseSchema.safeParse(response).success;
      assert.equal(validate(response), zod, JSON.stringify(value));
      // …and both refuse exactly the text holding those characters (or untrimmed or empty).
      const wellFormed = [...value].every((ch) => ch !== '\0' && !(ch.length === 1 && /[\uD800-\uDFFF]/.test(ch)));
      assert.equal(zod, wellFormed && value.length > 0 && value.trim() === value, JSON.stringify(value));
    }),
    { numRuns: 2000 },
  );
});

test('mor-survey/schema gives servers the invitation code format, and makes codes in Node', () => {
  // The receiver's `invite` command makes codes with it; the survey reads them with the same code.
  const made = new Set(Array.from({ length: 200 }, (_, i) => makeCode(i % 2 ? 'member' : 'officer')));
  assert.equal(made.size, 200);
  for (const code of made) {
    assert.ok(isCode(code), code);
    assert.equal(parseCode(code.toLowerCase().replaceAll('-', ' ')), code);
    assert.equal(respondentOf(code), code.startsWith('M-') ? 'member' : 'officer');
  }
  assert.equal(INVITATION_HEADER, 'Mor-Invitation');
});

const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

test('the manifest describes every element, with the survey’s attributes, events, parts and custom properties', () => {
  assert.deepEqual(
    elements.map((e) => e.tagName).sort(),
    ['mor-change', 'mor-frequency', 'mor-health', 'mor-issues', 'mor-last-interaction', 'mor-reporting', 'mor-respondent', 'mor-results', 'mor-survey'],
  );
  const survey = elements.find((e) => e.tagName === 'mor-survey');
  assert.deepEqual(
    survey.attributes.map((a) => a.name).sort(),
    ['credentials', 'draft', 'endpoint', 'heading', 'heading-level', 'invitation', 'lang', 'privacy-url', 'report-url', 'respondent', 'survey-id', 'timeout'],
  );
  assert.deepEqual(survey.events.map((e) => e.name).sort(), ['mor-answer', 'mor-error', 'mor-invalid', 'mor-submit', 'mor-submitted']);
  const publicMembers = survey.members.filter((m) => !m.privacy || m.privacy === 'public').map((m) => m.name);
  for (const name of ['strings', 'transport', 'answers', 'validate', 'reset', 'submit', 'retry']) assert.ok(publicMembers.includes(name), name);
  assert.ok(survey.cssParts.length > 20 && survey.cssProperties.length > 15);
  // Internal helpers stay out: the registration helper once showed up as an element named "tag".
  const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  for (const definition of definitions) assert.ok(elements.some((e) => e.tagName === definition.name), definition.name);
  assert.ok(!manifest.modules.some((m) => m.path.startsWith('src/internal/')));
});

test('the README and docs/survey.md document what the manifest describes, and nothing it does not', () => {
  // The README is the guide; the survey's reference tables live in docs/survey.md.
  const readme = `${read('README.md')}\n${read('docs/survey.md')}`;
  const survey = elements.find((e) => e.tagName === 'mor-survey');
  const backticked = new Set([...readme.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
  const missing = [
    ...survey.attributes.map((a) => a.name),
    ...survey.events.map((e) => e.name),
    ...survey.cssProperties.map((p) => p.name),
    ...survey.cssParts.map((p) => p.name),
    ...elements.map((e) => `<${e.tagName}>`),
  ].filter((name) => !backticked.has(name));
  assert.deepEqual(missing, []);
  // Every custom property the README names exists.
  const documented = [...readme.matchAll(/`(--mor-[a-z-]+)`/g)].map((m) => m[1]);
  const known = new Set(survey.cssProperties.map((p) => p.name));
  assert.deepEqual(documented.filter((name) => !known.has(name)), []);
});

test('docs/results.md documents <mor-results> as the manifest describes it', () => {
  const docs = read('docs/results.md');
  const results = elements.find((e) => e.tagName === 'mor-results');
  assert.deepEqual(results.attributes.map((a) => a.name).sort(), ['heading', 'heading-level', 'lang', 'src']);
  const publicMembers = results.members.filter((m) => !m.privacy || m.privacy === 'public').map((m) => m.name);
  assert.ok(publicMembers.includes('summary'));
  assert.ok(results.cssParts.length >= 15 && results.cssProperties.length >= 15);
  const backticked = new Set([...docs.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
  const missing = [
    ...results.attributes.map((a) => a.name),
    'summary',
    ...results.cssProperties.map((p) => p.name),
    ...results.cssParts.map((p) => p.name),
  ].filter((name) => !backticked.has(name));
  assert.deepEqual(missing, []);
  const documented = [...docs.matchAll(/`(--mor-[a-z0-9-]+)`/g)].map((m) => m[1]);
  const known = new Set(results.cssProperties.map((p) => p.name));
  assert.deepEqual(documented.filter((name) => !known.has(name)), []);
});
