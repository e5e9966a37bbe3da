/**
 * Checks a value against a schema compiled from the zod schema (`compiled.ts`, made by
 * `compile.ts` at build time), so the editors' bundle gets zod's verdicts without zod's 7 KB.
 *
 * It follows zod/mini 4's rules for the few kinds of schema `response.ts` uses, down to which
 * problems are reported and with what path, because the form names fields from those paths
 * (validation/validate-answers.ts). test/schema-compiled.test.ts checks that it agrees with
 * zod on thousands of generated values. No zod, no DOM, no Lit.
 */
import { textLength } from './values.js';

/** A string check, in zod's order: minimum or maximum length (code points), or a pattern. */
export type StringCheck = readonly ['min' | 'max', number] | readonly ['regex', RegExp];

export type Shape =
  /** A strict object: every key of the shape, nothing else. */
  | { readonly object: { readonly [key: string]: Shape } }
  | { readonly optional: Shape }
  /** zod's `nonoptional`, as `z.required` makes: an optional shape that must be given. */
  | { readonly required: Shape }
  | { readonly string: readonly StringCheck[] }
  /** An enum or a literal: one of these values. */
  | { readonly oneOf: readonly unknown[] }
  | { readonly union: readonly Shape[] };

/** One problem, as zod reports it (code and path; a failed union lists each option's). */
export interface Issue {
  code: string;
  path: PropertyKey[];
  errors?: Issue[][];
  /** zod's flag: a problem that does not stop further checks (lengths, patterns, extra keys). */
  continue?: boolean;
}

const problem = (code: string, more?: Partial<Issue>): Issue => ({ code, path: [], ...more });

/** Any problem that stops further checks (zod's `aborted`). */
const stops = (issues: Issue[]) => issues.some((issue) => issue.continue !== true);


function checkString(checks: readonly StringCheck[], value: unknown): Issue[] {
  const issues = typeof value === 'string' ? [] : [problem('invalid_type')];
  for (const [kind, limit] of checks) {
    if (kind === 'regex') {
      // Like zod, a pattern is only tried once the value is known to be a string.
      limit.lastIndex = 0;
      if (!stops(issues) && !limit.test(value as string)) issues.push(problem('invalid_format', { continue: true }));
      continue;
    }
    // zod measures anything with a length (even a wrongly typed value) against length limits.
    const units = value == null ? undefined : (value as { length?: unknown }).length;
    if (units === undefined) continue;
    const length = typeof value === 'string' ? textLength(value) : units;
    if (kind === 'min' ? !((length as number) >= limit) : !((length as number) <= limit)) {
      issues.push(problem(kind === 'min' ? 'too_small' : 'too_big', { continue: true }));
    }
  }
  return issues;
}

function checkObject(shape: { readonly [key: string]: Shape }, value: unknown): Issue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [problem('invalid_type')];
  const record = value as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(shape)) {
    const field = shape[key]!;
    const present = key in record;
    if (!present && 'optional' in field) continue;
    const found = check(field, record[key]);
    for (const issue of found) issues.push({ ...issue, path: [key, ...issue.path] });
    if (!present && !found.length) issues.push(problem('invalid_type', { path: [key] }));
  }
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) {
      issues.push(problem('unrecognized_keys', { continue: true }));
      break;
    }
  }
  return issues;
}

function checkUnion(options: readonly Shape[], value: unknown): Issue[] {
  if (options.length === 1) return check(options[0]!, value);
  const results: Issue[][] = [];
  for (const option of options) {
    const issues = check(option, value);
    if (!issues.length) return issues;
    results.push(issues);
  }
  // One option that failed only on lengths, patterns or extra keys is the one meant: its
  // problems are reported as they are. Otherwise every option's problems are.
  const open = results.filter((issues) => !stops(issues));
  return open.length === 1 ? open[0]! : [problem('invalid_union', { errors: results })];
}

/** The problems with `value`; none means it is valid. Never throws. */
export function check(shape: Shape, value: unknown): Issue[] {
  if ('optional' in shape) return value === undefined ? [] : check(shape.optional, value);
  if ('required' in shape) {
    const issues = check(shape.required, value);
    return !issues.length && value === undefined ? [problem('invalid_type')] : issues;
  }
  if ('oneOf' in shape) return shape.oneOf.includes(value) ? [] : [problem('invalid_value')];
  if ('string' in shape) return checkString(shape.string, value);
  if ('union' in shape) return checkUnion(shape.union, value);
  return checkObject(shape.object, value);
}

/** True when `value` is valid: zod's `safeParse(value).success`. */
export const isValid = (shape: Shape, value: unknown): boolean => check(shape, value).length === 0;

/** The object shape with `keys` required, as `z.required(schema, mask)` makes it. */
export function requireKeys(shape: Shape, keys: readonly string[]): Shape {
  if (!('object' in shape)) return shape;
  const fields = { ...shape.object };
  for (const key of keys) if (fields[key]) fields[key] = { required: fields[key] };
  return { object: fields };
}
