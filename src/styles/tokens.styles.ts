import { css } from 'lit';

/**
 * Design tokens. Every colour, font and size an element uses comes from a `--msp-*` custom
 * property whose default follows the GOV.UK Design System, so a council page can re-theme by
 * setting the properties on the element or any ancestor.
 *
 * Sizes are written `max(Npx, Mrem)`: a host page that shrinks its root font (`html { font-size:
 * 62.5% }` is common in CMS themes) cannot take text below N px or controls below their target
 * size, while browser text zoom, which raises the root font size, still enlarges everything.
 */
export const tokens = css`
  :host {
    --_font: var(--msp-font-family, Arial, 'Helvetica Neue', Helvetica, sans-serif);
    --_text: var(--msp-text-colour, #0b0c0c);
    --_secondary-text: var(--msp-secondary-text-colour, #484949);
    --_background: var(--msp-background-colour, #ffffff);
    --_panel: var(--msp-panel-colour, #f3f2f1);
    --_border: var(--msp-border-colour, #b1b4b6);
    --_input-border: var(--msp-input-border-colour, #0b0c0c);
    --_focus: var(--msp-focus-colour, #ffdd00);
    --_focus-text: var(--msp-focus-text-colour, #0b0c0c);
    --_error: var(--msp-error-colour, #d4351c);
    --_link: var(--msp-link-colour, #1d70b8);
    --_primary: var(--msp-button-colour, #00703c);
    --_primary-text: var(--msp-button-text-colour, #ffffff);
    --_primary-shadow: var(--msp-button-shadow-colour, #002d18);
    --_secondary-button: var(--msp-secondary-button-colour, #f3f2f1);
    --_secondary-button-shadow: var(--msp-secondary-button-shadow-colour, #929191);
    --_warning-button: var(--msp-warning-button-colour, #d4351c);
    --_notice: var(--msp-notice-colour, #1d70b8);
    --_disabled-text: var(--msp-disabled-text-colour, #5f6568);
    --_disabled-background: var(--msp-disabled-background-colour, #f3f2f1);
    --_font-size: var(--msp-font-size, max(19px, 1.1875rem));
    --_small-font-size: var(--msp-small-font-size, max(16px, 1rem));
    --_heading-l-size: var(--msp-heading-l-size, max(36px, 2.25rem));
    --_heading-m-size: var(--msp-heading-m-size, max(24px, 1.5rem));
    --_heading-s-size: var(--msp-heading-s-size, max(19px, 1.1875rem));
    --_control-size: var(--msp-control-size, max(40px, 2.5rem));
    --_line-height: var(--msp-line-height, 1.32);
    --_space: var(--msp-space, max(15px, 0.9375rem));
    --_radius: var(--msp-radius, 0);
    --_max-width: var(--msp-max-width, max(640px, 40rem));

    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    -webkit-font-smoothing: antialiased;
  }

  :host([hidden]) {
    display: none;
  }

  @media (max-width: 40.0525em) {
    :host {
      --_font-size: var(--msp-font-size, max(16px, 1rem));
      --_small-font-size: var(--msp-small-font-size, max(14px, 0.875rem));
      --_heading-l-size: var(--msp-heading-l-size, max(27px, 1.6875rem));
      --_heading-m-size: var(--msp-heading-m-size, max(21px, 1.3125rem));
      --_heading-s-size: var(--msp-heading-s-size, max(16px, 1rem));
    }
  }
`;
