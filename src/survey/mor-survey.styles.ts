/** The survey's own look: error summary, status panels and buttons (GOV.UK-like, calm). */
import { css } from '../styles/css.js';

export const surveyStyles = css`
  .survey {
    max-width: var(--mor-max-width, 40rem);
    overflow-wrap: anywhere;
  }
  /* The statement that the survey is anonymous: calm body text; what an invitation code is for
     and the link each on lines of their own. */
  .intro {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .intro span,
  .intro a {
    display: table;
    margin-top: calc(var(--_space) * 0.5);
  }
  .heading {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    line-height: 1.25;
  }
  /* The error summary and the message boxes are boxes of one kind, told apart by colour and words. */
  .error-summary,
  .panel {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space);
    border: 5px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .error-summary-title,
  .panel-title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.25em;
  }
  .error-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-list li + li {
    margin-top: calc(var(--_space) * 0.5);
  }
  .error-list a {
    color: var(--_error);
    font-weight: 700;
  }
  .error-list a:focus-visible {
    color: #0b0c0c;
  }
  .status > p {
    margin: 0 0 var(--_space);
  }
  .panel p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .panel p:last-child {
    margin-bottom: 0;
  }
  .confirmation {
    border-color: var(--mor-success-colour, #00703c);
  }
  .error-summary,
  .config-error,
  .rejected {
    border-color: var(--_error);
  }
  /* Focus moves here by script after a submit, whatever was used to press Submit. */
  .error-summary:focus,
  .panel:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: var(--_space);
  }
  .button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 700;
    color: var(--mor-button-text-colour, #ffffff);
    background: var(--mor-button-colour, #00703c);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
  }
  .button.secondary {
    color: var(--mor-secondary-button-text-colour, #0b0c0c);
    background: var(--mor-secondary-button-colour, #f3f2f1);
    box-shadow: 0 2px 0 #929191;
  }
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  /* The outline is the shared :focus-visible one; the halo must beat the button's own shadow. */
  .button:focus-visible {
    box-shadow: 0 0 0 2px var(--_focus-halo);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .panel,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
