/**
 * A labelled text area with a character count (GOV.UK character count pattern): the visible
 * count is hidden from assistive technology, and a polite, visually hidden copy is updated
 * once typing pauses so screen readers are not interrupted on every key. Text over the limit
 * is kept; the count says how many characters too many.
 */
import { html, nothing } from 'lit';
import { MAX_TEXT_LENGTH, textLength } from '../schema/values.js';
import type { Translator } from '../i18n/strings.js';
import type { CountAnnouncer } from './count-announcer.js';
import { errorMessage, idFor } from './radios.js';

export interface TextAreaParams {
  field: string;
  label: string;
  value: string | undefined;
  error?: string | undefined;
  strings: Translator;
  announcer: CountAnnouncer;
  secondary?: boolean;
  onInput: (value: string) => void;
}

/** The count text for a value: "You have N characters remaining" or "… too many". */
export function countText(strings: Translator, length: number): { text: string; over: boolean } {
  const left = MAX_TEXT_LENGTH - length;
  return left >= 0
    ? { text: strings.plural('count.remaining', left), over: false }
    : { text: strings.plural('count.over', -left), over: true };
}

export function renderTextArea(p: TextAreaParams) {
  const id = idFor(p.field);
  const count = countText(p.strings, textLength(p.value ?? ''));
  const describedBy = p.error ? `${id}-limit ${id}-error` : `${id}-limit`;
  return html`
    <div class="field ${count.over ? 'over' : ''}" data-field=${p.field} part="field">
      <label class=${p.secondary ? 'label secondary' : 'label'} for=${id} part="label">${p.label}</label>
      ${errorMessage(`${id}-error`, p.strings.t('error.prefix'), p.error)}
      <textarea
        id=${id}
        name=${id}
        rows="5"
        spellcheck="true"
        .value=${p.value ?? ''}
        aria-describedby=${describedBy}
        aria-invalid=${p.error ? 'true' : nothing}
        part="textarea"
        @input=${(event: InputEvent) => {
          const value = (event.target as HTMLTextAreaElement).value;
          p.onInput(value);
          p.announcer.schedule(p.field, countText(p.strings, textLength(value)).text);
        }}
      ></textarea>
      <span class="visually-hidden" id="${id}-limit">${p.strings.t('count.limit', { max: MAX_TEXT_LENGTH })}</span>
      <p class="count ${count.over ? 'over' : ''}" aria-hidden="true" part="count">${count.text}</p>
      <p class="visually-hidden" aria-live="polite">${p.announcer.get(p.field)}</p>
    </div>
  `;
}
