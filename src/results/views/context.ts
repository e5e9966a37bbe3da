/** What every part of a summary's view needs: its texts, rounds, heading level and notices. */
import type { GroupKey } from '../../analysis/summary.js';
import type { ResultsTexts } from '../texts.js';

export interface Context {
  texts: ResultsTexts;
  /** This round, then the one it is compared with (when there is one). */
  rounds: string[];
  /** The level of section headings, 2–6. */
  level: number;
  /** The anonymity notice for a group that is not shown. */
  notice: (group: GroupKey) => string;
}
