/**
 * Build time only: turns zod schemas into plain shapes written as TypeScript, checked in the
 * browser without zod: the response's (`response.ts` → `compiled.ts`, checked by `shape.ts`) and
 * the summary's (`src/analysis/summary-schema.ts` → `summary-compiled.ts`, checked by
 * `plain.ts`). A kind of schema it does not know stops the build with its name, rather than
 * being checked loosely.
 */
import type * as z from 'zod/mini';
import { answersSchema, draftAnswersSchema, responseSchema } from './response.js';
import type { StringCheck } from './shape.js';

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

/** A number's checks as [least, most, whole]: only inclusive bounds and whole numbers. */
function numberCheck(def: Def): [number | null, number | null, boolean] {
  const bounds: [number | null, number | null, boolean] = [null, null, false];
  if (def.format !== undefined && def.format !== 'safeint') throw new Error(`compile: number format "${String(def.format)}" is not supported`);
  bounds[2] = def.format === 'safeint';
  for (const check of (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []) {
    const { check: kind, value, inclusive, abort, when } = check._zod.def;
    if (!inclusive || abort || when || (kind !== 'greater_than' && kind !== 'less_than')) throw new Error(`compile: number check "${String(kind)}" is not supported`);
    bounds[kind === 'greater_than' ? 0 : 1] = value as number;
  }
  return bounds;
}

/**
 * A compiled shape: `shape.ts`'s Shape or `plain.ts`'s Plain, whichever kinds the schema uses.
 * The files written say which (`compiledSource`'s `type`), and type-checking them catches a
 * kind the checker does not know.
 */
type Compiled = { readonly [kind: string]: unknown };

const made = new WeakMap<z.ZodMiniType, Compiled>();

/** The shape that checks what `schema` checks; a schema used twice gives the same shape. */
export function toShape(schema: z.ZodMiniType): Compiled {
  let shape = made.get(schema);
  if (!shape) made.set(schema, (shape = makeShape(schema)));
  return shape;
}

function makeShape(schema: z.ZodMiniType): Compiled {
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
    case 'number':
      if (def.coerce) throw new Error('compile: coerced numbers are not supported');
      return { number: numberCheck(def) };
    case 'boolean':
      noChecks();
      return { oneOf: [true, false] };
    case 'array':
      noChecks();
      return { array: toShape(def.element as z.ZodMiniType) };
    case 'record':
      noChecks();
      return { record: [toShape(def.keyType as z.ZodMiniType), toShape(def.valueType as z.ZodMiniType)] };
    default:
      throw new Error(`compile: zod type "${def.type}" is not supported`);
  }
}

const isNode = (value: unknown): value is object => typeof value === 'object' && value !== null && !(value instanceof RegExp);

/** The response's roots, for `compiled.ts`. */
const responseRoots = () => ({
  // The form checks the respondent on its own: it is asked, but not part of the answers.
  respondent: responseSchema.shape.respondent,
  response: responseSchema,
  answers: answersSchema,
  draftAnswers: draftAnswersSchema,
});

/**
 * The text of a compiled file: `roots` as exported constants of type `type` (imported from
 * `from`), each shape used more than once written once. `source` names the schemas' file.
 */
export function compiledSource(
  schemas: Record<string, z.ZodMiniType> = responseRoots(),
  { source = 'response.ts', type = 'Shape', from = './shape.js' } = {},
): string {
  const roots = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toShape(schema)]));
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
    lines.push(`${exported ? 'export ' : ''}const ${name}: ${type} = ${textOf(node, '', true)};`);
  };
  const textOf = (node: unknown, indent: string, top = false): string => {
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
      ? node.map((item) => textOf(item, inner))
      : Object.entries(node).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${textOf(item, inner)}`);
    const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{ ', ' }'];
    const flat = `${open}${items.join(', ')}${close}`;
    const leaves = Array.isArray(node) && node.every((item) => !isNode(item));
    if (leaves || (flat.length + indent.length <= 96 && !flat.includes('\n'))) return flat;
    return `${open.trim()}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}${close.trim()}`;
  };
  for (const [name, shape] of Object.entries(roots)) if (!written.has(shape)) write(shape, name, true);
  return [
    `// Generated from ${source} by compile.ts during \`npm run build\`: do not edit.`,
    `import type { ${type} } from '${from}';`,
    '',
    ...lines,
    '',
  ].join('\n');
}
