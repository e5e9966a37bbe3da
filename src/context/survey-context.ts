/**
 * What `<mor-survey>` shares with its question elements (SPEC §2). A new object is provided on
 * every change: the context's ValueNotifier compares with Object.is.
 */
import { createContext } from '@lit/context';
import type { Answers, QuestionKey } from '../payload/answers.js';
import type { Translator, Vars } from '../i18n/strings.js';
import type { FieldId } from '../validation/validate-answers.js';

export interface SurveyContext {
  answers: Answers;
  /** The message to show beside each invalid field, already worded for the locale. */
  errors: Partial<Record<FieldId, string>>;
  /** True when the `respondent` attribute is set, so the respondent question is not asked. */
  respondentFixed: boolean;
  strings: Translator;
  /** Placeholders every text may use: {others}, {another}, {withOthers}, {withAnother}, {max}. */
  vars: Vars;
  /** An http(s) page explaining how to report an issue, when configured. */
  reportUrl: string | undefined;
  setAnswer<K extends QuestionKey>(question: K, value: Answers[K]): void;
}

export const surveyContext = createContext<SurveyContext | undefined>(Symbol('mor-survey'));
