/**
 * The view of a group of optional free-text fields (the `texts` kind): a fieldset whose legend
 * is the question, the hint about names, and a text area with a count per field.
 */
import { html } from 'lit';
import { question, type FieldId, type QuestionKey, type QuestionOf } from '../catalogue/questions.js';
import type { TextKey } from '../i18n/strings.js';
import { renderTextArea } from './text-area.js';
import { text, type QuestionView } from './view.js';

type TextsKey = { [K in QuestionKey]: QuestionOf<K>['kind'] extends 'texts' ? K : never }[QuestionKey];

export function textsView(key: TextsKey): QuestionView {
  const fields = question(key).fields.map((field) => ({ field, id: `${key}.${field}` as FieldId }));
  return ({ survey, announcer }) => {
    const value: Record<string, string | undefined> = survey.answers[key] ?? {};
    const hasError = fields.some(({ id }) => survey.errors[id]);
    return html`
      <div class="question ${hasError ? 'has-error' : ''}" data-field=${key} part="question">
        <fieldset aria-describedby="${key}-hint">
          <legend class="label" part="legend">${text(survey, `${key}.question` as TextKey)}</legend>
          <p class="hint" id="${key}-hint" part="hint">${text(survey, 'hint.names')}</p>
          ${fields.map(({ field, id }) =>
            renderTextArea({
              field: id,
              label: text(survey, id as TextKey),
              value: value[field],
              error: survey.errors[id],
              strings: survey.strings,
              announcer,
                onInput: (typed) => survey.setAnswer(key, { ...survey.answers[key], [field]: typed }),
            }),
          )}
        </fieldset>
      </div>
    `;
  };
}
