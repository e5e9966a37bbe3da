/**
 * Two small helpers for plain data, shared by the schema's plain check, the analysis and its
 * command line: whether a parsed value is an object of fields, and the total of some counts.
 * Pure.
 */

/** True for an object of fields: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The total of `counts`. */
export const sum = (counts: readonly number[]): number => counts.reduce((total, count) => total + count, 0);
