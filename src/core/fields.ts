import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { characterLimit, charactersRemaining, charactersTooMany } from './common-messages.js';
import { describedBy, errorId, errorMessage, groupClass, hint, hintId, type ChoiceOption, type FieldBase } from './field-parts.js';

/**
 * The field kit: form field templates in the GOV.UK pattern. Label, hint, error message and
 * control sit in one shadow tree, so `for`, `aria-describedby` and `aria-invalid` connect without
 * crossing a root. The control's id is the field id; an error summary link to `#id` lands on it.
 * Every element builds its fields from what this module exports.
 */

export { errorMessage, type ChoiceOption, type FieldBase } from './field-parts.js';
export {
  checkboxesField,
  radiosField,
  toggledValues,
  type CheckboxesField,
  type RadiosField,
} from './choice-fields.js';
export {
  dateFieldId,
  datePartsAtFault,
  dateProblem,
  emptyDateParts,
  isoDateFromParts,
  partsFromIsoDate,
  type DatePart,
  type DateParts,
  type DateProblem,
} from './date-parts.js';
export { dateProblemMessage } from './date-messages.js';
export { dateInputField, type DateInputField } from './date-input.js';

/** The number of characters in a text, counting a character outside the Basic Multilingual Plane (an emoji) once. */
function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) pairs++;
  }
  return text.length - pairs;
}

export interface TextField extends FieldBase {
  value: string;
  maxLength: number;
  /** Every keystroke. */
  onInput: (value: string) => void;
  /** The field was left after a change. */
  onCommit?: () => void;
  /** Show a character count; for longer answers. */
  multiline?: boolean;
  rows?: number;
  autocomplete?: string;
}

/** A text input or textarea; multiline ones carry a GOV.UK-style character count. */
export function textField(field: TextField) {
  const { id, error } = field;
  const infoId = `${id}-info`;
  // Counted in characters (code points), as the schemas and JSON Schema count them: an emoji is one.
  const length = codePoints(field.value);
  const over = length - field.maxLength;
  const nearLimit = length >= field.maxLength * 0.75;
  const count = field.multiline
    ? html`<div id=${infoId} class="hint character-count">
        ${over > 0
          ? html`<span class="error-message">${charactersTooMany(over)}</span>`
          : nearLimit
            ? charactersRemaining(field.maxLength - length)
            : characterLimit(field.maxLength)}
      </div>`
    : nothing;
  const describedIds = describedBy(
    field.hint && hintId(id),
    error && errorId(id),
    field.multiline && infoId,
  );
  const onInput = (event: Event) => field.onInput((event.target as HTMLInputElement).value);
  const onChange = () => field.onCommit?.();
  return html`<div class=${groupClass(error)}>
    <label class="label" for=${id}>${field.label}</label>
    ${hint(id, field.hint)} ${errorMessage(id, error)}
    ${field.multiline
      ? html`<textarea
          id=${id}
          class=${error ? 'textarea textarea--error' : 'textarea'}
          rows=${field.rows ?? 4}
          .value=${live(field.value)}
          ?disabled=${field.disabled}
          spellcheck="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedIds)}
          @input=${onInput}
          @change=${onChange}
        ></textarea>`
      : html`<input
          id=${id}
          type="text"
          class=${error ? 'input input--error' : 'input'}
          .value=${live(field.value)}
          ?disabled=${field.disabled}
          autocomplete=${ifDefined(field.autocomplete)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedIds)}
          @input=${onInput}
          @change=${onChange}
        />`}
    ${count}
  </div>`;
}

export interface SelectField<V extends string> extends FieldBase {
  options: readonly ChoiceOption<V>[];
  value: V | undefined;
  /** The label of the empty choice. */
  noneLabel: string;
  onSelect: (value: V | undefined) => void;
}

export function selectField<V extends string>(field: SelectField<V>) {
  const { id, error } = field;
  return html`<div class=${groupClass(error)}>
    <label class="label" for=${id}>${field.label}</label>
    ${hint(id, field.hint)} ${errorMessage(id, error)}
    <select
      id=${id}
      class="select"
      ?disabled=${field.disabled}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field.hint && hintId(id), error && errorId(id)))}
      @change=${(event: Event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        field.onSelect(field.options.some((option) => option.value === chosen) ? (chosen as V) : undefined);
      }}
    >
      <option value="" ?selected=${field.value === undefined}>${field.noneLabel}</option>
      ${field.options.map(
        (option) => html`<option value=${option.value} ?selected=${field.value === option.value}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}
