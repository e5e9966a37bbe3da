/**
 * What every route may use: the settings, the store and the group commit in front of it, and,
 * with a rounds file, where each round stands (SPEC §15).
 */
import type { RoundCalendar } from '../rounds/calendar.js';
import type { Settings } from '../settings.js';
import type { GroupCommit } from '../store/group-commit.js';
import type { Store } from '../store/types.js';

export interface RouteContext {
  settings: Settings;
  store: Store;
  commits: GroupCommit;
  calendar: RoundCalendar | undefined;
}
