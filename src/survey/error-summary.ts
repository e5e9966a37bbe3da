/**
 * The error summary (GOV.UK pattern): "There is a problem" and one link per error in question
 * order. Links move focus in script because fragment links do not reach into shadow roots.
 */
import { html, nothing } from 'lit';
import type { FieldError } from '../validation/validate-answers.js';
import { heading } from '../internal/heading.js';

export function renderErrorSummary(p: {
  errors: FieldError[];
  title: string;
  level: number;
  messageFor: (error: FieldError) => string;
  onFollow: (error: FieldError) => void;
}) {
  if (p.errors.length === 0) return nothing;
  return html`
    <div class="error-summary" part="error-summary" @blur=${removeTabIndexOnBlur}>
      <div role="alert">
        ${heading(p.level, p.title, 'error-summary-title')}
        <ul class="error-list">
          ${p.errors.map(
            (error) => html`<li>
              <a
                href="#${error.field}"
                part="error-summary-link"
                @click=${(event: Event) => {
                  event.preventDefault();
                  p.onFollow(error);
                }}
                >${p.messageFor(error)}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    </div>
  `;
}

/** GOV.UK: the summary is focusable only while script moves focus to it (`tabindex` is set then). */
function removeTabIndexOnBlur(event: FocusEvent) {
  (event.currentTarget as HTMLElement).removeAttribute('tabindex');
}
