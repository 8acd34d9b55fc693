import { css } from 'lit';

/**
 * The day / month / year boxes: each as wide as its digits (two, two, four) with room for a
 * browser's autofill icon, side by side, wrapping onto the next line when the screen is narrow
 * or the text large.
 */
export const dateInputStyles = css`
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 3) calc(var(--_space) * 4 / 3);
  }

  .date-input__item {
    margin: 0;
  }

  .date-input__label {
    display: block;
    margin-bottom: calc(var(--_space) / 3);
  }

  .input.date-input__input {
    width: 2.75em;
  }

  .input.date-input__input--year {
    width: 4.5em;
  }
`;
