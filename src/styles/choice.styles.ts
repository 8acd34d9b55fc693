import { css } from 'lit';

/**
 * Radios and checkboxes at GOV.UK size. The input itself is invisible but stays on top, as the
 * touch target; the label draws the control in front of its text, from borders only, so the ring,
 * dot, box and tick all survive forced colours (which drop backgrounds and shadows). Everything
 * scales from `--_control-size`, the visible control, plus a 2 px margin all round for the target.
 */
export const choiceStyles = css`
  .choices {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 1.5);
  }

  .choice {
    --_choice-target: calc(var(--_control-size) + 4px);
    --_choice-gap: var(--_space);
    position: relative;
    display: flex;
    flex-wrap: wrap;
  }

  .choice__input {
    flex: none;
    z-index: 1;
    width: var(--_choice-target);
    height: var(--_choice-target);
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .choice__label {
    align-self: flex-start;
    max-width: calc(100% - var(--_choice-target) - var(--_choice-gap));
    padding: max(9px, 0.5625rem) var(--_choice-gap);
    /* The first line of the label on the control's centre line, at any size. */
    padding-block: calc((var(--_choice-target) - 1lh) / 2);
    cursor: pointer;
    touch-action: manipulation;
  }

  .choice__label::before {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: var(--_control-size);
    height: var(--_control-size);
    border: 2px solid currentcolor;
    background: transparent;
  }

  .choice--radio .choice__label::before {
    border-radius: 50%;
  }

  /* The dot: a circle of border only, so it stays filled when colours are forced. */
  .choice--radio .choice__label::after {
    content: '';
    position: absolute;
    top: calc(var(--_choice-target) / 2 - var(--_control-size) / 4);
    left: calc(var(--_choice-target) / 2 - var(--_control-size) / 4);
    width: 0;
    height: 0;
    border: calc(var(--_control-size) / 4) solid currentcolor;
    border-radius: 50%;
    opacity: 0;
  }

  /* The tick: the left and bottom borders of a short, wide box, turned a quarter anticlockwise. */
  .choice--checkbox .choice__label::after {
    content: '';
    position: absolute;
    top: calc(var(--_control-size) * 0.32);
    left: calc(var(--_control-size) * 0.25);
    width: calc(var(--_control-size) * 0.58);
    height: calc(var(--_control-size) * 0.3);
    border: solid currentcolor;
    border-width: 0 0 calc(var(--_control-size) * 0.125) calc(var(--_control-size) * 0.125);
    border-top-color: transparent;
    transform: rotate(-45deg);
    opacity: 0;
  }

  .choice__input:checked + .choice__label::after {
    opacity: 1;
  }

  /* Focus: a thicker ring in a yellow halo; the transparent outline shows when colours are forced. */
  .choice__input:focus + .choice__label::before {
    border-width: 4px;
    outline: 3px solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 3px var(--_focus);
  }

  .choice--radio .choice__input:focus + .choice__label::before {
    box-shadow: 0 0 0 4px var(--_focus);
  }

  .choice__hint {
    width: 100%;
    margin: calc(var(--_space) / -3) 0 0;
    padding: 0 var(--_choice-gap) 0 calc(var(--_choice-target) + var(--_choice-gap));
  }

  .choice__input:disabled,
  .choice__input:disabled + .choice__label {
    cursor: not-allowed;
  }

  .choice__input:disabled + .choice__label,
  .choice__input:disabled ~ .choice__hint {
    color: var(--_disabled-text);
  }

  .choice-divider {
    width: calc(var(--_control-size) + 4px);
    text-align: center;
  }

  /* Revealed questions hang from a line under the centre of the control, level with the label text. */
  .conditional {
    margin-left: calc(var(--_control-size) / 2);
    padding-left: calc(var(--_control-size) / 2 + var(--_space));
    border-left: 4px solid var(--_border);
  }

  @media (forced-colors: active) {
    .choice__input:focus + .choice__label::before {
      outline-color: Highlight;
    }

    .choice__input:disabled + .choice__label,
    .choice__input:disabled ~ .choice__hint {
      color: GrayText;
    }
  }
`;
