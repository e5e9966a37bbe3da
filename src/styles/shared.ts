/**
 * Styles every part of the survey shares: the custom properties (SPEC §9), visually hidden text,
 * focus, and the GOV.UK-like look of questions. Colours meet SPEC §7 on the default white.
 * Forced colours: only system colours are used there, so Windows high contrast keeps working.
 * Nothing moves (no transitions, animations or smooth scrolling), so reduced motion needs no rule.
 */
import { css } from './css.js';

export const sharedStyles = css`
  :host {
    --_text: var(--mor-text-colour, #0b0c0c);
    --_secondary: var(--mor-secondary-text-colour, #484949);
    --_background: var(--mor-background, #ffffff);
    --_error: var(--mor-error-colour, #d4351c);
    --_focus: var(--mor-focus-colour, #0b0c0c);
    --_focus-halo: var(--mor-focus-halo-colour, #ffdd00);
    --_link: var(--mor-link-colour, #1d70b8);
    --_border: var(--mor-border-colour, #0b0c0c);
    --_accent: var(--mor-accent-colour, #1d70b8);
    --_space: var(--mor-space, 1rem);
    --_radius: var(--mor-radius, 0);
    display: block;
    color: var(--_text);
    font-family: var(--mor-font-family, inherit);
    font-size: var(--mor-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Inside a shadow root no page style reaches these, so no !important is needed. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-halo);
  }
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
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline-offset: 0;
    background: var(--_focus-halo);
    color: #0b0c0c;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .question.has-error,
    textarea {
      border-color: CanvasText;
    }
  }
`;
