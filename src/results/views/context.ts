/** What every part of a summary's view needs: its texts, rounds, heading level and notices. */
import type { GroupKey } from '../../analysis/summary.js';
import type { ResultsTexts } from '../texts.js';

export interface Context {
  texts: ResultsTexts;
  /** This round, then the one it is compared with (when there is one). */
  rounds: string[];
  /** A round's name as the paper gives it (its title, else its id). */
  name: (round: string) => string;
  /** The level of section headings, 2–6. */
  level: number;
  /**
   * The anonymity notice for a group that is not shown in a round (too few responses), or,
   * given the round where the group is shown, for a figure hidden within it (whatever the
   * reason: hidden cells look the same).
   */
  notice: (group: GroupKey, round?: string) => string;
}
