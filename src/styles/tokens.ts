/**
 * What every element of the package shares (as Shoelace's `src/styles/` does): the custom
 * properties (SPEC §9) resolved into private ones, box sizing, visually hidden text, focus and
 * links. Colours meet SPEC §7 on the default white; forced colours use system colours only.
 * Nothing moves (no transitions, animations or smooth scrolling), so reduced motion needs no rule.
 * The survey's form controls are in `form-controls.ts`; the results use only these.
 */
import { css } from './css.js';

export const tokenStyles = css`

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
  /* No element here draws ::before or ::after content. */
  * {
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
  /* Forced colours drop shadows and force borders to system colours by themselves. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
