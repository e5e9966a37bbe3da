/**
 * How each closed question is drawn (SPEC §13): diverging bars for the two scales that run
 * from bad to good, stacked bars for the rest. Which options are negative is a fact about the
 * wording, so it is said here for those two; health's positive side is Good or very good
 * (GOOD), as counted. Every other question of the catalogue is stacked.
 */
import { GOOD } from '../analysis/measures.js';
import type { ClosedKey } from '../analysis/summary.js';
import type { Diverging } from './layout.js';

export const DIVERGING: Partial<Record<ClosedKey, Diverging>> = {
  health: { negative: ['2', '1'], neutral: '3', positive: GOOD.options },
  change: { negative: ['worse'], neutral: 'same', positive: ['improved'], aside: ['dont-know'] },
};
