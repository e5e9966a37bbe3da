import { html } from 'lit';
import { TEXT_FIELDS } from '../schema/values.js';
import type { FieldId } from '../validation/validate-answers.js';
import { QuestionElement } from './question-element.js';
import { renderTextArea } from './text-area.js';
import { text, type QuestionView } from './view.js';

/** The question drawn by this element, or by the survey itself when no question is placed. */
export const lastInteractionView: QuestionView = ({ survey, announcer }) => {
  const value = survey.answers.lastInteraction ?? {};
  const hasError = TEXT_FIELDS.some((f) => survey.errors[`lastInteraction.${f}`]);
  return html`
    <div class="question ${hasError ? 'has-error' : ''}" data-field="lastInteraction" part="question">
      <fieldset aria-describedby="lastInteraction-hint">
        <legend class="label" part="legend">${text(survey, 'lastInteraction.question')}</legend>
        <p class="hint" id="lastInteraction-hint" part="hint">${text(survey, 'lastInteraction.hint')}</p>
        ${TEXT_FIELDS.map((field) => {
          const id = `lastInteraction.${field}` as const satisfies FieldId;
          return renderTextArea({
            field: id,
            label: text(survey, id),
            value: value[field],
            error: survey.errors[id],
            strings: survey.strings,
            announcer,
            secondary: true,
            onInput: (typed) => survey.setAnswer('lastInteraction', { ...survey.answers.lastInteraction, [field]: typed }),
          });
        })}
      </fieldset>
    </div>
  `;
};

/**
 * @tagname mor-last-interaction
 * @summary Thinking about your last interaction with {another}: three optional text areas
 * (what worked well, what did not, what to improve), each with a character count.
 *
 * @csspart question - The question's group.
 * @csspart legend - The question text.
 * @csspart hint - The advice not to include names.
 * @csspart field - One text area with its label and count.
 * @csspart label - A text area's label.
 * @csspart textarea - A text area.
 * @csspart count - The visible character count.
 * @csspart error-message - An error shown beside a text area.
 */
export class MorLastInteraction extends QuestionElement {
  readonly question = 'lastInteraction' as const;
  protected readonly view = lastInteractionView;
}


declare global {
  interface HTMLElementTagNameMap {
    'mor-last-interaction': MorLastInteraction;
  }
}
