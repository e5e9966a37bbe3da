/**
 * The survey's draft (SPEC §6): unfinished answers kept per `survey-id` in the storage the
 * `draft` attribute names, with the invitation code they are given under (SPEC §15), restored
 * into an empty form, cleared on success or by the respondent.
 *
 * Storage is first read once the survey says so (`open()`, a frame after the first paint: the
 * first Web Storage call in a page is slow and synchronous). An answer given before then is
 * saved at once, and a restored draft never overwrites what was just given.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DRAFT_MODES, clearDraft, loadDraft, saveDraft, type Draft, type DraftMode } from '../storage/draft-store.js';
import { webStorage, type KeyValueStore } from '../storage/web-storage.js';

type Host = ReactiveControllerHost & { surveyId: string; draft: DraftMode };

export class SurveyDraft implements ReactiveController {
  readonly #host: Host;
  readonly #restore: (draft: Draft) => void;
  /** The survey id and mode last restored from; undefined until storage may be read. */
  #restoredFor: string | undefined;

  /** `restore` receives a saved draft; it decides whether to use it. */
  constructor(host: Host, restore: (draft: Draft) => void) {
    this.#host = host;
    this.#restore = restore;
    host.addController(this);
  }

  get #mode(): DraftMode {
    return DRAFT_MODES.includes(this.#host.draft) ? this.#host.draft : 'session';
  }

  /** False with `draft="off"`: nothing about this response may be written to the device. */
  get kept(): boolean {
    return this.#mode !== 'off';
  }

  get #store(): KeyValueStore | undefined {
    const mode = this.#mode;
    return mode === 'off' ? undefined : webStorage(mode);
  }

  /** Storage may be read now: restore what was saved. */
  open(): void {
    this.#restoreSaved();
  }

  /** Another survey id or mode: its own draft comes back (after the update that changed it). */
  hostUpdated(): void {
    if (this.#restoredFor !== undefined && this.#restoredFor !== this.#mode + this.#host.surveyId) this.#restoreSaved();
  }

  #restoreSaved() {
    const store = this.#store;
    this.#restoredFor = this.#mode + this.#host.surveyId;
    const saved = store && loadDraft(store, this.#host.surveyId);
    if (saved) this.#restore(saved);
  }

  save(draft: Draft): void {
    const store = this.#store;
    if (store) saveDraft(store, this.#host.surveyId, draft);
  }

  /** Forgets the answers; an invitation code given is kept, as the only thing in the draft. */
  clear(invitation?: string): void {
    const store = this.#store;
    if (store) {
      if (invitation) saveDraft(store, this.#host.surveyId, { answers: {}, invitation });
      else clearDraft(store, this.#host.surveyId);
    }
  }
}
