/** A question that is one group of radios whose labels are `<question>.option.<value>`. */
import { nothing, type TemplateResult } from 'lit';
import type { TextKey } from '../i18n/strings.js';
import type { Answers } from '../payload/answers.js';
import { renderChoice } from './choice.js';
import { QuestionElement } from './question-element.js';

type SimpleKey = 'respondent' | 'frequency' | 'health' | 'change' | 'reporting';

export abstract class SimpleChoiceQuestion<K extends SimpleKey> extends QuestionElement {
  abstract override readonly question: K;
  protected abstract readonly values: readonly NonNullable<Answers[K]>[];

  /** Whether the question is asked at all (the respondent question may not be). */
  protected isAsked(): boolean {
    return true;
  }

  /** Content under the options, such as the reporting link. */
  protected renderAfter(): TemplateResult | typeof nothing {
    return nothing;
  }

  override render() {
    const survey = this.survey;
    if (!survey || !this.isAsked()) return nothing;
    const question = this.question;
    return renderChoice({
      field: question,
      legend: this.text(`${question}.question` as TextKey),
      error: this.errorFor(question),
      errorPrefix: this.text('error.prefix'),
      options: this.values.map((value) => ({
        value,
        label: this.text(`${question}.option.${value}` as TextKey),
      })),
      selected: survey.answers[question] as NonNullable<Answers[K]> | undefined,
      onSelect: (value) => survey.setAnswer(question, value as Answers[K]),
      after: this.renderAfter(),
    });
  }
}
