/**
 * `isSummary(value)`: whether a value is a summary `<mor-results>` can show, as the zod schema
 * (`summary-schema.ts`) would say, without carrying zod: its shape compiled at build time
 * (`summary-compiled.ts`, checked by `src/schema/plain.ts`), then how its parts agree. Pure.
 */
import { matches } from '../schema/plain.js';
import { summaryAgrees } from './summary-agrees.js';
import { summaryShape } from './summary-compiled.js';
import type { Summary } from './summary.js';

export const isSummary = (value: unknown): value is Summary => matches(summaryShape, value) && summaryAgrees(value as Summary);
