/** What every route may use: the settings, the store and the group commit in front of it. */
import type { Settings } from '../settings.js';
import type { GroupCommit } from '../store/group-commit.js';
import type { Store } from '../store/types.js';

export interface RouteContext {
  settings: Settings;
  store: Store;
  commits: GroupCommit;
}
