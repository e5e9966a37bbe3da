// The editors' bundle checks responses with shapes compiled from the zod schema (src/schema/
// compile.ts → compiled.ts, checked by shape.ts). These properties hold them to zod: for
// generated values, valid and broken, both report the same problems (code and path, and for a
// union each option's), so the form names the same fields and accepts exactly what zod accepts.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as compiled from '../src/schema/compiled.js';
import { compiledSource } from '../src/schema/compile.js';
import { ANSWER_KEYS, QUESTIONS, type Question } from '../src/catalogue/questions.js';
import {
  MAX_TEXT_LENGTH,
  answersSchema,
  draftAnswersSchema,
  formAnswersSchema,
  requiredAnswerKeys,
  responseSchema,
} from '../src/schema/response.js';
import { check, requireKeys, type Issue, type Shape } from '../src/schema/shape.js';
import { mutations, validResponse, type Mutable } from './helpers/arbitraries.js';

type Simple = { code: string; path: PropertyKey[]; errors?: Simple[][] };
const simple = (issues: readonly { code: string; path?: PropertyKey[]; errors?: unknown[][] }[]): Simple[] =>
  issues.map(({ code, path, errors }) => ({
    code,
    path: path ?? [],
    ...(errors ? { errors: errors.map((option) => simple(option as Issue[])) } : {}),
  }));

type ZodLike = { safeParse(value: unknown): { success: boolean; error?: { issues: readonly { code: string; path: PropertyKey[] }[] } } };
function agree(schema: ZodLike, shape: Shape, value: unknown) {
  const fromZod = simple(schema.safeParse(value).error?.issues ?? []);
  const fromShape = simple(check(shape, value));
  expect(fromShape, JSON.stringify(value)?.slice(0, 300)).to.deep.equal(fromZod);
}

/** Strings that sit on the edges the schema draws: empty, blank, padded, at and over the limit. */
const edgeText = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', ' ', '\n', ' padded', 'padded ', 'ok', '😀', '\uD83D', 'a\uDE00'),
  fc.constantFrom(MAX_TEXT_LENGTH - 1, MAX_TEXT_LENGTH, MAX_TEXT_LENGTH + 1).chain((n) =>
    fc.constantFrom('y'.repeat(n), '😀'.repeat(n), `${'😀'.repeat(n - 1)}y`, ` ${'y'.repeat(n)}`),
  ),
);
/** Anything a value could wrongly be: other types, other fields' options, nothing. */
const junk = fc.oneof(
  edgeText,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, 0, 1, 6, '4', [], {}, 'yes', 'no', 'member', { length: 3 }, ['a', 'b']),
);

/** Near-valid and wrong answers to a question: its own options and fields mixed with junk. */
function nearAnswer(q: Question): fc.Arbitrary<unknown> {
  const choice = (options: readonly (string | number)[]) => fc.oneof(fc.constantFrom(...options), junk);
  if (q.kind === 'choice') return choice(q.options);
  if (q.kind === 'rating') return fc.oneof(fc.integer({ min: 0, max: q.options.length + 1 }), junk);
  const fields: Record<string, fc.Arbitrary<unknown>> =
    q.kind === 'texts'
      ? Object.fromEntries(q.fields.map((f, i) => [f, i % 2 ? junk : edgeText]))
      : { [q.field]: choice(q.options), ...Object.fromEntries(q.followUps.map((f) => [f.key, f.kind === 'text' ? edgeText : choice(f.options)])) };
  return fc.oneof(fc.record({ ...fields, extra: junk }, { requiredKeys: [] }), junk);
}

const answerLike = fc.record(
  { ...Object.fromEntries(QUESTIONS.map((q) => [q.key, nearAnswer(q)])), extra: junk },
  { requiredKeys: [] },
);

/** A valid response with a few of its values (at any depth) replaced, removed or added to. */
const tweakedResponse = fc
  .tuple(validResponse, fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), junk), { maxLength: 3 }))
  .map(([response, edits]) => {
    const copy = structuredClone(response) as Record<string, unknown>;
    for (const [pick, edit, value] of edits) {
      const objects: Record<string, unknown>[] = [];
      const walk = (node: unknown) => {
        if (node && typeof node === 'object' && !Array.isArray(node)) {
          objects.push(node as Record<string, unknown>);
          Object.values(node).forEach(walk);
        }
      };
      walk(copy);
      const target = objects[pick % objects.length]!;
      const keys = Object.keys(target);
      const key = keys.length ? keys[pick % keys.length]! : 'extra';
      // A copy: fast-check hands out the same constant objects ({}, []) every time, and a later
      // edit must neither change them for other runs nor put an object inside itself.
      const fresh = value === undefined ? undefined : structuredClone(value);
      if (edit === 'delete') delete target[key];
      else if (edit === 'add') target[`extra${pick % 3}`] = fresh;
      else target[key] = fresh;
    }
    return copy;
  });

const RUNS = { numRuns: 400 };

describe('compiled schema', () => {
  it('is up to date with the zod schema', () => {
    // What compile.ts makes from the schema today evaluates to the shapes the elements import.
    const names = Object.keys(compiled);
    const body = compiledSource().replace(/^import .*$/m, '').replace(/: Shape/g, '').replace(/export const/g, 'const');
    const fresh = new Function(`${body}\nreturn { ${names.join(', ')} };`)();
    const text = (shapes: object) => JSON.stringify(shapes, (_key, value) => (value instanceof RegExp ? String(value) : value));
    expect(text(fresh)).to.equal(text({ ...compiled }));
  });

  it('agrees with zod on valid responses and on responses with values changed at any depth', () => {
    fc.assert(fc.property(validResponse, (value) => agree(responseSchema, compiled.response, value)), RUNS);
    fc.assert(fc.property(tweakedResponse, (value) => agree(responseSchema, compiled.response, value)), { numRuns: 1500 });
  });

  it('agrees with zod on every named mutation of SPEC §5', () => {
    fc.assert(
      fc.property(validResponse, fc.integer({ min: 0, max: mutations.length - 1 }), junk, (response, which, value) => {
        const broken = structuredClone(response) as unknown as Mutable;
        mutations[which]![1](broken, value);
        agree(responseSchema, compiled.response, broken);
      }),
      RUNS,
    );
  });

  it('agrees with zod on answers as the form holds them, for every choice of required questions', () => {
    fc.assert(
      fc.property(answerLike, fc.subarray([...ANSWER_KEYS]), (answers, asked) => {
        agree(answersSchema, compiled.answers, answers);
        agree(formAnswersSchema(asked), requireKeys(compiled.answers, requiredAnswerKeys(asked)), answers);
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with zod on restored drafts and on any JSON value', () => {
    fc.assert(fc.property(answerLike, (draft) => agree(draftAnswersSchema, compiled.draftAnswers, draft)), { numRuns: 1000 });
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        agree(responseSchema, compiled.response, value);
        agree(draftAnswersSchema, compiled.draftAnswers, value);
      }),
      RUNS,
    );
  });
});
