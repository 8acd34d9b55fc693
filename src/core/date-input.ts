import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { datePartLabel } from './date-messages.js';
import { DATE_PART_ORDER, dateFieldId, type DatePart, type DateParts } from './date-parts.js';
import { describedBy, errorId, errorMessage, groupClass, hint, hintId, type FieldBase } from './field-parts.js';

/**
 * A date a person knows (when something happened, a date of birth) as three boxes — day, month,
 * year — in the GOV.UK pattern. The boxes hold what was typed; `isoDateFromParts` and
 * `dateProblem` turn that into the record's ISO date or a message.
 */
export interface DateInputField extends FieldBase {
  value: DateParts;
  /** Every keystroke, with all three boxes as they now are. */
  onInput: (parts: DateParts) => void;
  /** A box was left after a change. */
  onCommit?: () => void;
  /** The boxes to mark when `error` is set; all three unless given (see `datePartsAtFault`). */
  partsAtFault?: DatePart[];
  /** `autocomplete` for each box, e.g. `{ day: 'bday-day', month: 'bday-month', year: 'bday-year' }`. */
  autocomplete?: Partial<Record<DatePart, string>>;
}

/**
 * All three boxes as they are now. Read from the page rather than from `field.value`, so a
 * keystroke before the host has re-rendered cannot bring back an older box's content.
 */
function partsShown(event: Event, rendered: DateParts): DateParts {
  const group = (event.target as HTMLElement).closest('.date-input');
  const read = (part: DatePart) =>
    group?.querySelector<HTMLInputElement>(`.date-input__input--${part}`)?.value ?? rendered[part];
  return { day: read('day'), month: read('month'), year: read('year') };
}

export function dateInputField(field: DateInputField): TemplateResult {
  const { id, error } = field;
  const atFault = new Set<DatePart>(error ? (field.partsAtFault ?? DATE_PART_ORDER) : []);
  const box = (part: DatePart) => {
    const boxId = dateFieldId(id, part);
    const wrong = atFault.has(part);
    const classes = ['input', 'date-input__input', `date-input__input--${part}`, wrong ? 'input--error' : ''];
    return html`<div class="date-input__item">
      <label class="date-input__label" for=${boxId}>${datePartLabel(part)}</label>
      <input
        id=${boxId}
        class=${classes.filter(Boolean).join(' ')}
        type="text"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${ifDefined(field.autocomplete?.[part])}
        .value=${live(field.value[part])}
        ?disabled=${field.disabled}
        aria-invalid=${wrong ? 'true' : 'false'}
        @input=${(event: Event) => field.onInput(partsShown(event, field.value))}
        @change=${() => field.onCommit?.()}
      />
    </div>`;
  };
  // role="group" makes screen readers that skip a fieldset's description for text boxes read it.
  return html`<div class=${groupClass(error)}>
    <fieldset
      class="fieldset"
      role="group"
      aria-describedby=${ifDefined(describedBy(field.hint && hintId(id), error && errorId(id)))}
    >
      <legend class="legend">${field.label}</legend>
      ${hint(id, field.hint)} ${errorMessage(id, error)}
      <div class="date-input">${DATE_PART_ORDER.map(box)}</div>
    </fieldset>
  </div>`;
}
