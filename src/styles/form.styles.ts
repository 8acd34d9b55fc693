import { css } from 'lit';
import { choiceStyles } from './choice.styles.js';
import { dateInputStyles } from './date-input.styles.js';

/**
 * Form controls, error messages and layout shared by every element, in the GOV.UK manner. Sizes
 * come from the tokens (`--_font-size`, `--_heading-*-size`, `--_control-size`), so they keep
 * their floor on a page with a small root font and still grow with text zoom.
 */
export const formStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  fieldset {
    margin: 0;
  }

  .heading-l {
    font-size: var(--_heading-l-size);
    line-height: 1.1;
    font-weight: 700;
    margin-bottom: calc(var(--_space) * 1.33);
  }

  .heading-m {
    font-size: var(--_heading-m-size);
    line-height: 1.2;
    font-weight: 700;
    margin-bottom: var(--_space);
  }

  .heading-s {
    font-size: var(--_heading-s-size);
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 1.5);
  }

  .body {
    margin-bottom: var(--_space);
  }

  .secondary-text,
  .hint {
    color: var(--_secondary-text);
  }

  .section {
    margin-bottom: calc(var(--_space) * 2);
    max-width: var(--_max-width);
  }

  .form-group {
    margin-bottom: calc(var(--_space) * 2);
  }

  .form-group:last-child {
    margin-bottom: 0;
  }

  .form-group--error {
    padding-left: var(--_space);
    border-left: 5px solid var(--_error);
  }

  .fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }

  .legend,
  .label {
    display: block;
    margin-bottom: calc(var(--_space) / 3);
    font-weight: 700;
    max-width: 100%;
    white-space: normal;
  }

  .legend {
    padding: 0;
  }

  .legend--m {
    font-size: var(--_heading-m-size);
    line-height: 1.2;
    margin-bottom: var(--_space);
  }

  .hint {
    display: block;
    margin-bottom: var(--_space);
  }

  .error-message {
    display: block;
    clear: both;
    margin-bottom: var(--_space);
    color: var(--_error);
    font-weight: 700;
  }

  .input,
  .textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: var(--_control-size);
    margin: 0;
    padding: max(5px, 0.3125rem);
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    appearance: none;
  }

  .select {
    min-width: 11.5em;
    max-width: 100%;
    min-height: var(--_control-size);
    padding: max(5px, 0.3125rem);
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_input-border);
  }

  .select:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }

  .textarea {
    min-height: max(96px, 6rem);
    resize: vertical;
  }

  .input--error,
  .textarea--error {
    border-color: var(--_error);
  }

  .input:focus,
  .textarea:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }

  .button {
    display: inline-block;
    position: relative;
    min-height: var(--_control-size);
    margin: 0 var(--_space) calc(var(--_space) * 1.5) 0;
    padding: max(8px, 0.5rem) max(12px, 0.75rem) max(7px, 0.4375rem);
    font: inherit;
    line-height: 1.1875;
    text-align: center;
    color: var(--_primary-text);
    background: var(--_primary);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 var(--_primary-shadow);
    cursor: pointer;
    appearance: none;
  }

  .button--secondary {
    color: var(--_text);
    background: var(--_secondary-button);
    box-shadow: 0 2px 0 var(--_secondary-button-shadow);
  }

  .button--warning {
    background: var(--_warning-button);
  }

  .button:hover {
    filter: brightness(0.9);
  }

  .button:active {
    top: 2px;
    box-shadow: none;
  }

  .button:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 2px 0 var(--_focus-text);
  }

  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }

  .link-button {
    padding: 0;
    margin: 0;
    font: inherit;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.1em;
    background: none;
    border: 0;
    cursor: pointer;
    min-height: max(24px, 1.5rem);
  }

  .link-button:focus-visible,
  a:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }

  a {
    color: var(--_link);
  }

  .error-summary {
    margin-bottom: calc(var(--_space) * 2);
    padding: var(--_space);
    border: 5px solid var(--_error);
    max-width: var(--_max-width);
  }

  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }

  .error-summary__title {
    margin-bottom: var(--_space);
    font-size: var(--_heading-m-size);
    font-weight: 700;
  }

  .error-summary__list {
    padding: 0;
    list-style: none;
  }

  .error-summary__list li + li {
    margin-top: calc(var(--_space) / 3);
  }

  .error-summary__list a {
    color: var(--_error);
    font-weight: 700;
  }

  .notice {
    margin-bottom: calc(var(--_space) * 2);
    padding: var(--_space);
    border: 5px solid var(--_notice);
    max-width: var(--_max-width);
  }

  .notice--error {
    border-color: var(--_error);
  }

  .character-count {
    margin-top: calc(var(--_space) / 3);
  }

  .summary-list {
    margin-bottom: calc(var(--_space) * 2);
  }

  .summary-list__row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    gap: var(--_space);
    padding: calc(var(--_space) / 1.5) 0;
    border-bottom: 1px solid var(--_border);
  }

  .summary-list dt {
    font-weight: 700;
  }

  .summary-list dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 40.0525em) {
    .summary-list__row {
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) / 3);
    }
  }

  /* A list of panels, such as outcomes or activities, each a grey inset with a rule on its left. */
  .panel-list {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  .panel {
    margin-bottom: calc(var(--_space) * 1.5);
    padding: var(--_space);
    background: var(--_panel);
    border-left: 5px solid var(--_border);
  }

  .panel .form-group {
    margin-bottom: var(--_space);
  }

  .words {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  /* Disabled: greyed and marked not-allowed, with text still readable (≥ 4.5:1). */
  .input:disabled,
  .textarea:disabled,
  .select:disabled {
    color: var(--_disabled-text);
    background: var(--_disabled-background);
    border-color: var(--_disabled-text);
    cursor: not-allowed;
  }

  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .button:disabled:hover {
    filter: none;
  }

  .link-button:disabled {
    color: var(--_disabled-text);
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .input:disabled,
    .textarea:disabled,
    .select:disabled,
    .button:disabled,
    .link-button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }

  @media (forced-colors: active) {
    .input:focus,
    .textarea:focus,
    .button:focus-visible,
    .link-button:focus-visible,
    a:focus-visible {
      outline: 3px solid Highlight;
    }

    .button {
      border-color: ButtonText;
    }

    .form-group--error,
    .error-summary,
    .notice {
      border-color: CanvasText;
    }

    /* The box at fault cannot be told apart by colour here, so it is drawn heavier. */
    .input--error,
    .textarea--error {
      border-width: 4px;
    }
  }

  ${choiceStyles}
  ${dateInputStyles}

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media print {
    .panel {
      background: none;
      border-left-width: 2px;
    }

    :host {
      --_font-size: 12pt;
      color: #000;
    }

    .button,
    .button-group,
    .link-button,
    .no-print {
      display: none !important;
    }

    .form-group,
    .section {
      break-inside: avoid;
    }

    .input,
    .textarea {
      border-width: 1px;
    }
  }
`;
