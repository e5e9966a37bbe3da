/**
 * Says whether zod would accept a value, from a plain shape compiled from a zod schema at build
 * time (`compile.ts`): for schemas with numbers, arrays and records, such as the summary's
 * (`src/analysis/summary-compiled.ts`), checked by `<mor-results>` without carrying zod. The
 * response's shapes are checked by `shape.ts`, which also reports zod's problems for the form;
 * this one only answers yes or no, so the editors' bundle carries neither the other's kinds.
 * test/node/analysis-shape.test.mjs checks it agrees with zod. Pure.
 */
import { isRecord } from '../internal/data.js';
import type { StringCheck } from './shape.js';
import { textLength } from './values.js';

export type Plain =
  /** A strict object: these keys (an `optional` one may be absent), nothing else. */
  | { readonly object: { readonly [key: string]: Plain } }
  | { readonly optional: Plain }
  | { readonly string: readonly StringCheck[] }
  /** An enum, a literal or a boolean: one of these values. */
  | { readonly oneOf: readonly unknown[] }
  | { readonly union: readonly Plain[] }
  /** A finite number at least `least` and at most `most` (null: no bound), whole when `whole`. */
  | { readonly number: readonly [least: number | null, most: number | null, whole: boolean] }
  | { readonly array: Plain }
  /** An object whose every key matches the first shape and every value the second. */
  | { readonly record: readonly [Plain, Plain] };

const lengthOk = (check: StringCheck, text: string) => {
  const [kind, limit] = check;
  if (kind === 'regex') {
    limit.lastIndex = 0;
    return limit.test(text);
  }
  return kind === 'min' ? textLength(text) >= limit : textLength(text) <= limit;
};

/** True when zod's `safeParse(value)` would succeed for the schema `shape` was compiled from. */
export function matches(shape: Plain, value: unknown): boolean {
  if ('optional' in shape) return value === undefined || matches(shape.optional, value);
  if ('oneOf' in shape) return shape.oneOf.includes(value);
  if ('union' in shape) return shape.union.some((option) => matches(option, value));
  if ('string' in shape) return typeof value === 'string' && shape.string.every((check) => lengthOk(check, value));
  if ('number' in shape) {
    const [least, most, whole] = shape.number;
    return typeof value === 'number' && Number.isFinite(value) && (!whole || Number.isSafeInteger(value)) && (least === null || value >= least) && (most === null || value <= most);
  }
  if ('array' in shape) {
    if (!Array.isArray(value)) return false;
    // Index by index, as zod does: a hole is an undefined item.
    for (let i = 0; i < value.length; i++) if (!matches(shape.array, value[i])) return false;
    return true;
  }
  if (!isRecord(value)) return false;
  if ('record' in shape) return Object.keys(value).every((key) => matches(shape.record[0], key) && matches(shape.record[1], value[key]));
  const fields = shape.object;
  return Object.keys(value).every((key) => Object.hasOwn(fields, key)) && Object.keys(fields).every((key) => matches(fields[key]!, value[key]));
}
