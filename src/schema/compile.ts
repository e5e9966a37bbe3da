/**
 * Build time only: turns the zod schemas of `response.ts` into the plain shapes of
 * `compiled.ts`, which `shape.ts` checks in the browser. A kind of schema it does not know
 * stops the build with its name, rather than being checked loosely.
 */
import type * as z from 'zod/mini';
import { answersSchema, draftAnswersSchema, responseSchema } from './response.js';
import type { Shape, StringCheck } from './shape.js';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodMiniType): Def => schema._zod.def as unknown as Def;

function stringCheck(check: unknown): StringCheck {
  const def = (check as { _zod: { def: Record<string, unknown> } })._zod.def;
  // Length checks carry zod's default `when` (run on anything with a length); shape.ts does so.
  if (def.abort || (def.when && def.check === 'string_format')) throw new Error(`compile: string check "${String(def.check)}" with options is not supported`);
  if (def.check === 'min_length') return ['min', def.minimum as number];
  if (def.check === 'max_length') return ['max', def.maximum as number];
  if (def.check === 'string_format' && def.format === 'regex') return ['regex', def.pattern as RegExp];
  throw new Error(`compile: string check "${String(def.check)}" is not supported`);
}

const made = new WeakMap<z.ZodMiniType, Shape>();

/** The shape that checks what `schema` checks; a schema used twice gives the same shape. */
export function toShape(schema: z.ZodMiniType): Shape {
  let shape = made.get(schema);
  if (!shape) made.set(schema, (shape = makeShape(schema)));
  return shape;
}

function makeShape(schema: z.ZodMiniType): Shape {
  const def = defOf(schema);
  const noChecks = () => {
    if ((def.checks as unknown[] | undefined)?.length) throw new Error(`compile: checks on a ${def.type} are not supported`);
  };
  switch (def.type) {
    case 'object': {
      noChecks();
      if (defOf(def.catchall as z.ZodMiniType)?.type !== 'never') throw new Error('compile: only strict objects are supported');
      const shape = def.shape as Record<string, z.ZodMiniType>;
      return { object: Object.fromEntries(Object.keys(shape).map((key) => [key, toShape(shape[key]!)])) };
    }
    case 'optional':
      return { optional: toShape(def.innerType as z.ZodMiniType) };
    case 'nonoptional':
      return { required: toShape(def.innerType as z.ZodMiniType) };
    case 'string':
      if (def.coerce) throw new Error('compile: coerced strings are not supported');
      return { string: ((def.checks as unknown[] | undefined) ?? []).map(stringCheck) };
    case 'enum':
    case 'literal':
      noChecks();
      return { oneOf: [...(schema._zod.values as Set<unknown>)] };
    case 'union': {
      noChecks();
      const options = def.options as z.ZodMiniType[];
      // An option that may be absent changes how an object treats a missing key.
      if (options.some((option) => option._zod.optin !== undefined)) throw new Error('compile: optional union options are not supported');
      return { union: options.map(toShape) };
    }
    default:
      throw new Error(`compile: zod type "${def.type}" is not supported`);
  }
}

const isNode = (value: unknown): value is object => typeof value === 'object' && value !== null && !(value instanceof RegExp);

/** The text of `compiled.ts`: each shape used more than once is written once, as a constant. */
export function compiledSource(): string {
  const roots: Record<string, Shape> = {
    // The form checks the respondent on its own: it is asked, but not part of the answers.
    respondent: toShape(responseSchema.shape.respondent),
    response: toShape(responseSchema),
    answers: toShape(answersSchema),
    draftAnswers: toShape(draftAnswersSchema),
  };
  const uses = new Map<object, number>();
  const count = (node: unknown) => {
    if (!isNode(node)) return;
    uses.set(node, (uses.get(node) ?? 0) + 1);
    if (uses.get(node) === 1) Object.values(node).forEach(count);
  };
  Object.values(roots).forEach(count);

  const names = new Map<object, string>(Object.entries(roots).map(([name, shape]) => [shape, name]));
  const written = new Set<object>();
  const lines: string[] = [];
  // Each constant is written before its first use (a module's consts cannot be read earlier).
  const write = (node: object, name: string, exported: boolean) => {
    written.add(node);
    lines.push(`${exported ? 'export ' : ''}const ${name}: Shape = ${source(node, '', true)};`);
  };
  const source = (node: unknown, indent: string, top = false): string => {
    if (node instanceof RegExp) return node.toString();
    if (!isNode(node)) return JSON.stringify(node);
    const name = names.get(node);
    if (!top && name) {
      if (!written.has(node)) write(node, name, true);
      return name;
    }
    if (!top && !Array.isArray(node) && (uses.get(node) ?? 0) > 1) {
      const shared = `shared${names.size - Object.keys(roots).length + 1}`;
      names.set(node, shared);
      write(node, shared, false);
      return shared;
    }
    const inner = `${indent}  `;
    const items = Array.isArray(node)
      ? node.map((item) => source(item, inner))
      : Object.entries(node).map(([key, item]) => `${key}: ${source(item, inner)}`);
    const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{ ', ' }'];
    const flat = `${open}${items.join(', ')}${close}`;
    const leaves = Array.isArray(node) && node.every((item) => !isNode(item));
    if (leaves || (flat.length + indent.length <= 96 && !flat.includes('\n'))) return flat;
    return `${open.trim()}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}${close.trim()}`;
  };
  for (const [name, shape] of Object.entries(roots)) if (!written.has(shape)) write(shape, name, true);
  return [
    '// Generated from response.ts by compile.ts during `npm run build`: do not edit.',
    "import type { Shape } from './shape.js';",
    '',
    ...lines,
    '',
  ].join('\n');
}
