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

const keyFor = (surveyId: string) => `mor-survey:draft:${surveyId}`;

interface StoredDraft {
  version: 1;
  answers: Answers;
}

/** The saved answers for `surveyId`, or undefined. */
export function loadDraft(store: KeyValueStore, surveyId: string): Answers | undefined {
  const read = readJson(store, keyFor(surveyId));
  if (!read.found) return undefined;
  const draft = read.value as Partial<StoredDraft> | undefined;
  if (draft?.version === 1 && isValid(compiled.draftAnswers, draft.answers)) return draft.answers as Answers;
  console.warn(`mor-survey: a saved draft for "${surveyId}" could not be read and was discarded.`);
  clearDraft(store, surveyId);
  return undefined;
}

export function saveDraft(store: KeyValueStore, surveyId: string, answers: Answers): void {
  const draft: StoredDraft = { version: 1, answers };
  writeJson(store, keyFor(surveyId), draft);
}

export function clearDraft(store: KeyValueStore, surveyId: string): void {
  remove(store, keyFor(surveyId));
}
