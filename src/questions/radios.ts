/**
 * A question answered by choosing one option: a fieldset with a legend, an error when there is
 * one, and native radios (SPEC §7 prefers them to ARIA imitations). The error is referenced
 * from the fieldset, in the same shadow root.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface ChoiceOption<V extends string | number> {
  value: V;
  label: string;
  /** Shown straight after this option, so it is the next tab stop (conditional reveal). */
  reveals?: TemplateResult | undefined;
}

export interface ChoiceParams<V extends string | number> {
  /** The field id, also the radio group's name and the prefix of element ids. */
  field: string;
  legend: string;
  error?: string | undefined;
  errorPrefix: string;
  options: ChoiceOption<V>[];
  selected: V | undefined;
  onSelect: (value: V) => void;
  /** A follow-up inside another question: smaller legend. */
  nested?: boolean;
  after?: TemplateResult | typeof nothing;
}

export const idFor = (field: string) => field.replace(/\W/g, '-');

export function errorMessage(id: string, prefix: string, message: string | undefined) {
  return message
    ? html`<p class="error-message" id=${id} part="error-message">
        <span class="visually-hidden">${prefix}</span> ${message}
      </p>`
    : nothing;
}

export function renderChoice<V extends string | number>(p: ChoiceParams<V>): TemplateResult {
  const id = idFor(p.field);
  return html`
    <div class="question ${p.error ? 'has-error' : ''}" data-field=${p.field} part="question">
      <fieldset aria-describedby=${p.error ? `${id}-error` : nothing}>
        <legend class=${p.nested ? 'label secondary' : 'label'} part="legend">${p.legend}</legend>
        ${errorMessage(`${id}-error`, p.errorPrefix, p.error)}
        <div class="options" part="options">
          ${p.options.map(
            (option, i) => html`
              <div class="option" part="option">
                <input
                  type="radio"
                  id="${id}-${i}"
                  name=${id}
                  value=${String(option.value)}
                  .checked=${p.selected === option.value}
                  aria-invalid=${p.error ? 'true' : nothing}
                  aria-controls=${option.reveals ? `${id}-${i}-reveals` : nothing}
                  part="radio"
                  @change=${() => p.onSelect(option.value)}
                />
                <label for="${id}-${i}" part="option-label">${option.label}</label>
              </div>
              ${option.reveals
                ? html`<div class="conditional" id="${id}-${i}-reveals" part="conditional">${option.reveals}</div>`
                : nothing}
            `,
          )}
        </div>
        ${p.after ?? nothing}
      </fieldset>
    </div>
  `;
}
