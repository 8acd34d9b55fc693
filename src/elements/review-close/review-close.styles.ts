import { css } from 'lit';

export const reviewCloseStyles = css`
  .outcome__words {
    font-weight: 700;
  }

  .readback {
    margin-bottom: var(--_space);
    padding-left: var(--_space);
    border-left: 5px solid var(--_border);
    max-width: var(--_max-width);
  }

  .readback .body {
    margin-bottom: calc(var(--_space) / 2);
  }

  .inset {
    margin-bottom: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-left: 10px solid var(--_border);
    max-width: var(--_max-width);
  }

  .inset .body:last-child {
    margin-bottom: 0;
  }

  @media print {
    .outcome {
      background: none;
      border-left-width: 2px;
    }
  }
`;
