/** A question that is one group of radios whose labels are `<question>.option.<value>`. */
import { nothing, type TemplateResult } from 'lit';
import type { SurveyContext } from '../context/survey-context.js';
import type { TextKey } from '../i18n/strings.js';
import type { Answers } from '../payload/answers.js';
import { renderChoice } from './choice.js';
import { text, type QuestionView } from './view.js';

type SimpleKey = 'respondent' | 'frequency' | 'health' | 'change' | 'reporting';

/** `after` adds content under the options, such as the reporting link. */
export function simpleChoice<K extends SimpleKey>(
  question: K,
  values: readonly NonNullable<Answers[K]>[],
  after?: (survey: SurveyContext) => TemplateResult | typeof nothing,
): QuestionView {
  return ({ survey }) =>
    renderChoice({
      field: question,
      legend: text(survey, `${question}.question` as TextKey),
      error: survey.errors[question],
      errorPrefix: text(survey, 'error.prefix'),
      options: values.map((value) => ({ value, label: text(survey, `${question}.option.${value}` as TextKey) })),
      selected: survey.answers[question] as NonNullable<Answers[K]> | undefined,
      onSelect: (value) => survey.setAnswer(question, value as Answers[K]),
      after: after?.(survey),
    });
}
