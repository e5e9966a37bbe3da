/**
 * The survey's events (SPEC §2): all bubble and are composed. Typed once here so listeners in
 * TypeScript get their `detail` without casts.
 */
import type { Answers, QuestionKey } from '../payload/answers.js';
import type { SurveyResponse } from '../schema/response.js';

export interface MorAnswerDetail {
  question: QuestionKey;
  value: Answers[QuestionKey];
  answers: Answers;
}
export interface MorInvalidDetail {
  errors: { question: QuestionKey; message: string }[];
}
export interface MorSubmitDetail {
  response: SurveyResponse;
}
export interface MorSubmittedDetail {
  response: SurveyResponse;
  status: number;
}
export type MorErrorKind = 'network' | 'server' | 'rejected' | 'config';
export interface MorErrorDetail {
  response: SurveyResponse | undefined;
  kind: MorErrorKind;
  status?: number;
  /** True when the response is kept and will be retried. */
  queued: boolean;
  /** The server's explanation (rejected) or why the set-up is wrong (config). */
  message?: string;
}

export type MorAnswerEvent = CustomEvent<MorAnswerDetail>;
export type MorInvalidEvent = CustomEvent<MorInvalidDetail>;
export type MorSubmitEvent = CustomEvent<MorSubmitDetail>;
export type MorSubmittedEvent = CustomEvent<MorSubmittedDetail>;
export type MorErrorEvent = CustomEvent<MorErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mor-answer': MorAnswerEvent;
    'mor-invalid': MorInvalidEvent;
    'mor-submit': MorSubmitEvent;
    'mor-submitted': MorSubmittedEvent;
    'mor-error': MorErrorEvent;
  }
}

/** Dispatches a bubbling, composed CustomEvent; returns false when a listener cancelled it. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, ...options }));
}
