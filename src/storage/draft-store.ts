/**
 * Unfinished answers, kept per survey id as they are given (SPEC §6 Draft). No DOM beyond the
 * store passed in; a draft that fails the draft schema is discarded with a warning.
 */
import type { Answers } from '../payload/answers.js';
import * as compiled from '../schema/compiled.js';
import { isValid } from '../schema/shape.js';
import { readJson, remove, writeJson, type KeyValueStore } from './web-storage.js';

/** Where a draft is kept (SPEC §2 `draft`): this tab, this device, or nowhere. */
export const DRAFT_MODES = ['session', 'local', 'off'] as const;
export type DraftMode = (typeof DRAFT_MODES)[number];
const PREFIX = 'mor-survey:draft:';

interface StoredDraft {
  version: 1;
  savedAt: number;
  answers: Answers;
}

export class DraftStore {
  readonly #store: KeyValueStore | undefined;
  readonly #surveyId: string;

  constructor(store: KeyValueStore | undefined, surveyId: string) {
    this.#store = store;
    this.#surveyId = surveyId;
  }

  get #key() {
    return PREFIX + this.#surveyId;
  }

  load(): Answers | undefined {
    if (!this.#store) return undefined;
    const read = readJson(this.#store, this.#key);
    if (!read.found) return undefined;
    const draft = read.value as Partial<StoredDraft> | undefined;
    if (draft?.version !== 1 || !isValid(compiled.draftAnswers, draft.answers)) {
      console.warn(`mor-survey: a saved draft for "${this.#surveyId}" could not be read and was discarded.`);
      remove(this.#store, this.#key);
      return undefined;
    }
    return draft.answers as Answers;
  }

  save(answers: Answers): void {
    if (!this.#store) return;
    const draft: StoredDraft = { version: 1, savedAt: Date.now(), answers };
    writeJson(this.#store, this.#key, draft);
  }

  clear(): void {
    if (this.#store) remove(this.#store, this.#key);
  }
}
