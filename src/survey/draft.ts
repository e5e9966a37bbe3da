/**
 * The survey's draft (SPEC §6): unfinished answers kept per `survey-id` in the storage the
 * `draft` attribute names, restored into an empty form, cleared on success or by the respondent.
 *
 * Storage is first read once the survey says so (`open()`, a frame after the first paint: the
 * first Web Storage call in a page is slow and synchronous). An answer given before then opens
 * the store at once, and a restored draft never overwrites what was just given.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from '../payload/answers.js';
import { DRAFT_MODES, DraftStore } from '../storage/draft-store.js';
import { webStorage } from '../storage/web-storage.js';

type Host = ReactiveControllerHost & { surveyId: string; draft: string };

export class SurveyDraft implements ReactiveController {
  readonly #host: Host;
  readonly #restore: (answers: Answers) => void;
  #store: DraftStore | undefined;
  /** The survey id and mode the store was opened for. */
  #openedFor = '';
  #open = false;

  /** `restore` receives saved answers; it decides whether to use them. */
  constructor(host: Host, restore: (answers: Answers) => void) {
    this.#host = host;
    this.#restore = restore;
    host.addController(this);
  }

  get #key() {
    const mode = (DRAFT_MODES as readonly string[]).includes(this.#host.draft) ? this.#host.draft : 'session';
    return `${mode} ${this.#host.surveyId}`;
  }

  /** The store for the current survey id and mode, opened on first use. */
  get #current(): DraftStore {
    const key = this.#key;
    if (!this.#store || this.#openedFor !== key) {
      const [mode] = key.split(' ');
      this.#store = new DraftStore(mode === 'off' ? undefined : webStorage(mode as 'session' | 'local'), this.#host.surveyId);
      this.#openedFor = key;
    }
    return this.#store;
  }

  /** Storage may be read now: restore what was saved. */
  open(): void {
    this.#open = true;
    this.#restoreSaved();
  }

  /** Another survey id or mode: its own draft comes back (after the update that changed it). */
  hostUpdated(): void {
    if (this.#open && this.#openedFor !== this.#key) this.#restoreSaved();
  }

  #restoreSaved() {
    const saved = this.#current.load();
    if (saved) this.#restore(saved);
  }

  save(answers: Answers): void {
    this.#current.save(answers);
  }

  clear(): void {
    this.#current.clear();
  }
}
