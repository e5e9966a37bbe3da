import { html, nothing } from 'lit';
import { TEXT_FIELDS, type TextField } from '../schema/values.js';
import { define } from '../internal/define.js';
import type { LastInteractionAnswer } from '../payload/answers.js';
import type { FieldId } from '../validation/validate-answers.js';
import { QuestionElement } from './question-element.js';
import { CountAnnouncer, renderTextArea } from './text-area.js';

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
  private readonly announcer = new CountAnnouncer(this);

  override render() {
    const survey = this.survey;
    if (!survey) return nothing;
    const value = survey.answers.lastInteraction ?? {};
    const hasError = TEXT_FIELDS.some((f) => this.errorFor(`lastInteraction.${f}`));
    return html`
      <div class="question ${hasError ? 'has-error' : ''}" data-field="lastInteraction" part="question">
        <fieldset aria-describedby="lastInteraction-hint">
          <legend class="label" part="legend">${this.text('lastInteraction.question')}</legend>
          <p class="hint" id="lastInteraction-hint" part="hint">${this.text('lastInteraction.hint')}</p>
          ${TEXT_FIELDS.map((field) => this.renderField(field, value))}
        </fieldset>
      </div>
    `;
  }

  private renderField(field: TextField, value: LastInteractionAnswer) {
    const id = `lastInteraction.${field}` as const satisfies FieldId;
    return renderTextArea({
      field: id,
      label: this.text(`lastInteraction.${field}`),
      value: value[field],
      error: this.errorFor(id),
      strings: this.survey!.strings,
      announcer: this.announcer,
      secondary: true,
      onInput: (text) => {
        const current = this.survey!.answers.lastInteraction ?? {};
        this.survey!.setAnswer('lastInteraction', { ...current, [field]: text });
      },
    });
  }
}

define('mor-last-interaction', MorLastInteraction);

declare global {
  interface HTMLElementTagNameMap {
    'mor-last-interaction': MorLastInteraction;
  }
}
