import { css } from 'lit';

export const outcomeCaptureStyles = css`
  .outcome__number {
    margin-bottom: calc(var(--_space) / 3);
  }

  .outcome__struck {
    margin-bottom: var(--_space);
    text-decoration: line-through;
  }

  .practitioner {
    margin-top: var(--_space);
    padding-top: calc(var(--_space) / 1.5);
    border-top: 1px solid var(--_border);
  }

  .history {
    margin-bottom: var(--_space);
  }

  .history summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    min-height: 1.5rem;
  }

  .history summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 4px var(--_focus-text);
    text-decoration: none;
  }

  .history__list {
    margin-top: calc(var(--_space) / 1.5);
    padding-left: var(--_space);
    border-left: 4px solid var(--_border);
    list-style: none;
  }

  .history__list li + li {
    margin-top: var(--_space);
  }

  .history__label {
    font-weight: 700;
  }

  .withdrawn-list {
    padding-left: 1.25rem;
  }

  @media print {
    .history {
      display: block;
    }
  }
`;
