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
  /** A hint under the label (the one about names, on a field outside a group that has it). */
  hint?: string;
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
  const describedBy = `${p.hint ? `${id}-hint ` : ''}${id}-limit${p.error ? ` ${id}-error` : ''}`;
  return html`
    <div class="field ${count.over ? 'over' : ''}" data-field=${p.field} part="field">
      <label class="label secondary" for=${id} part="label">${p.label}</label>
      ${p.hint ? html`<p class="hint" id="${id}-hint" part="hint">${p.hint}</p>` : nothing}
      ${errorMessage(`${id}-error`, p.strings.t('error.prefix'), p.error)}
      <textarea
        id=${id}
        rows="5"
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
