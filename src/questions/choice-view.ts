/** The view of a choice or rating question: one group of radios labelled `<key>.option.<code>`. */
import { nothing, type TemplateResult } from 'lit';
import { question, type QuestionKey, type QuestionOf } from '../catalogue/questions.js';
import type { SurveyContext } from '../context/survey-context.js';
import type { TextKey } from '../i18n/strings.js';
import type { Answers } from '../payload/answers.js';
import { renderChoice } from './radios.js';
import { text, type QuestionView } from './view.js';

type ChoiceKey = { [K in QuestionKey]: QuestionOf<K>['kind'] extends 'choice' | 'rating' ? K : never }[QuestionKey];

/** `after` adds content under the options, such as the reporting link. */
export function choiceView<K extends ChoiceKey>(
  key: K,
  after?: (survey: SurveyContext) => TemplateResult | typeof nothing,
): QuestionView {
  const { options } = question(key) as { options: readonly (string | number)[] };
  return ({ survey }) =>
    renderChoice({
      field: key,
      legend: text(survey, `${key}.question` as TextKey),
      error: survey.errors[key],
      errorPrefix: text(survey, 'error.prefix'),
      options: options.map((value) => ({ value, label: text(survey, `${key}.option.${value}` as TextKey) })),
      selected: survey.answers[key] as string | number | undefined,
      onSelect: (value) => survey.setAnswer(key, value as Answers[K]),
      after: after?.(survey),
    });
}
