import { css } from 'lit';

export const questionnaireStyles = css`
  /* Easy read: large text (at least 14 pt) and large targets, whatever the page's root font. */
  :host([easy-read]) {
    --_font-size: max(22px, 1.375rem, var(--msp-font-size, 0px));
    --_heading-m-size: max(28px, 1.75rem);
    --_control-size: max(48px, 3rem);
  }

  /* One question at a time: the button that sends the answers shows with the last question only. */
  .not-last ~ .button-group {
    display: none;
  }

  .clear {
    margin: calc(var(--_space) * -1.5) 0 calc(var(--_space) * 2);
  }

  :host([easy-read]) .link-button {
    min-height: 44px;
  }

  /* Easy read: the picture left of the words of the question. */
  .pictured {
    display: flex;
    align-items: center;
  }

  svg {
    flex: none;
    width: var(--_control-size);
    height: var(--_control-size);
    margin-right: var(--_space);
    vertical-align: middle;
    fill: none;
    stroke: currentcolor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .picture {
    width: max(64px, 4rem);
    height: max(64px, 4rem);
  }

  .icon {
    width: 1.5em;
    height: 1.5em;
  }

  /* A face on the line of its word, which the radio centres: the face takes no more height than the line. */
  .face {
    margin-block: calc((1lh - var(--_control-size)) / 2);
  }

  /* The face beside an answer read back sits in its row, not on the line of a radio. */
  .summary-list .face {
    margin-block: 0;
  }

  /* On paper a question stays on one page with its picture and its answer. */
  @media print {
    .summary-list__row {
      break-inside: avoid;
    }
  }
`;
