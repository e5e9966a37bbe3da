/**
 * The survey's form controls, GOV.UK-like: a question's block and its error state, fieldsets,
 * legends and labels, hints, error messages, radio options, conditional follow-ups, text
 * areas and the character count. Used with `tokens.ts` by `<mor-survey>` and its questions.
 * Forced colours need no rule here: they force every border colour to a system colour.
 */
import { css } from './css.js';

export const formControlStyles = css`
  .question {
    margin: 0 0 calc(var(--_space) * 2);
    min-width: 0;
  }
  .question.has-error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .label {
    display: block;
    max-width: 100%;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
    font-weight: 700;
    font-size: 1.125em;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .label.secondary {
    font-size: 1em;
  }
  .hint {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_secondary);
  }
  .error-message {
    display: block;
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_error);
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    min-height: 2.75rem;
  }
  .option input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .option label {
    flex: 1;
    padding-top: 0.25rem;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .conditional {
    margin: 0 0 0 0.8125rem;
    padding: calc(var(--_space) * 0.5) 0 calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
    border-left: 4px solid var(--_secondary);
  }
  .field {
    margin: 0 0 calc(var(--_space) * 1.25);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 7rem;
    margin: 0;
    padding: 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  textarea[aria-invalid='true'],
  .over textarea {
    border-color: var(--_error);
  }
  .count {
    margin: 0.25rem 0 0;
    color: var(--_secondary);
  }
  .count.over {
    color: var(--_error);
    font-weight: 700;
  }
`;
