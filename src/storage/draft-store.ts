/**
 * Unfinished answers, kept per survey id as they are given (SPEC §6 Draft), with the invitation
 * code they are answered under (SPEC §15). No DOM beyond the store passed in; a draft that
 * fails the draft schema, or holds something other than a code, is discarded with a warning.
 */
import { parseCode } from '../invitation/code.js';
import type { Answers } from '../payload/answers.js';
import * as compiled from '../schema/compiled.js';
import { isValid } from '../schema/shape.js';
import { readJson, remove, writeJson, type KeyValueStore } from './web-storage.js';

/** Where a draft is kept (SPEC §2 `draft`): this tab, this device, or nowhere. */
export const DRAFT_MODES = ['session', 'local', 'off'] as const;
export type DraftMode = (typeof DRAFT_MODES)[number];

const keyFor = (surveyId: string) => `mor-survey:draft:${surveyId}`;

export interface Draft {
  answers: Answers;
  /** The invitation code the answers are given under, if any. */
  invitation?: string | undefined;
}

/** The saved draft for `surveyId`, or undefined. */
export function loadDraft(store: KeyValueStore, surveyId: string): Draft | undefined {
  const read = readJson(store, keyFor(surveyId));
  if (!read.found) return undefined;
  const draft = read.value as (Draft & { version?: unknown }) | undefined;
  // No invitation code, or one in its written form.
  if (draft?.version === 1 && isValid(compiled.draftAnswers, draft.answers) && parseCode(draft.invitation) === draft.invitation) {
    return draft;
  }
  console.warn(`mor-survey: a saved draft for "${surveyId}" could not be read and was discarded.`);
  clearDraft(store, surveyId);
  return undefined;
}

export function saveDraft(store: KeyValueStore, surveyId: string, { answers, invitation }: Draft): void {
  writeJson(store, keyFor(surveyId), { version: 1, answers, invitation });
}

export function clearDraft(store: KeyValueStore, surveyId: string): void {
  remove(store, keyFor(surveyId));
}
