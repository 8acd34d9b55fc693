import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, errorId, errorMessage, groupClass, hint, hintId, type ChoiceOption, type FieldBase } from './field-parts.js';

/**
 * Radios and checkboxes in the GOV.UK manner: a 40 px control drawn by the label (so it shows in
 * forced colours and scales with `--msp-control-size`), the label text on the control's centre
 * line, a hint under the label, and the whole label clickable. Each option's input comes right
 * before its label, which draws the control from the input's state. The first option's id is the
 * field id (an error-summary link to `#id` lands on it); the others are `${id}-2`, `${id}-3` ….
 */

const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

interface ChoiceMarkup {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  option: ChoiceOption<string>;
  checked: boolean;
  disabled: boolean | undefined;
  invalid: boolean;
  onChange: (event: Event) => void;
  revealed: TemplateResult | undefined;
}

function choice(item: ChoiceMarkup) {
  const itemHintId = `${item.id}-item-hint`;
  return html`<div class=${`choice choice--${item.type}`}>
      <input
        type=${item.type}
        class="choice__input"
        id=${item.id}
        name=${item.name}
        .value=${item.option.value}
        .checked=${live(item.checked)}
        ?disabled=${item.disabled}
        aria-invalid=${item.invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(item.option.hint ? itemHintId : undefined)}
        @change=${item.onChange}
      />
      <label class="choice__label" for=${item.id}>${item.option.label}</label>
      ${item.option.hint ? html`<div id=${itemHintId} class="hint choice__hint">${item.option.hint}</div>` : nothing}
    </div>
    ${item.revealed ? html`<div class="conditional">${item.revealed}</div>` : nothing}`;
}

export interface ChoiceGroup<V extends string> extends FieldBase {
  name: string;
  options: readonly ChoiceOption<V>[];
  /** Content revealed under an option while it is selected. */
  conditional?: Partial<Record<V, TemplateResult>>;
}

/** The fieldset of a radio or checkbox group; each option drawn as `type`, checked as `isChecked` says. */
function choiceGroup<V extends string>(
  field: ChoiceGroup<V>,
  legendClass: string,
  type: ChoiceMarkup['type'],
  isChecked: (value: V) => boolean,
  onChange: (value: V, event: Event) => void,
) {
  const { id, error } = field;
  const choices = field.options.map((option, index) => {
    const checked = isChecked(option.value);
    return choice({
      type,
      id: optionId(id, index),
      name: field.name,
      option,
      checked,
      disabled: field.disabled,
      invalid: Boolean(error),
      onChange: (event: Event) => onChange(option.value, event),
      revealed: checked ? field.conditional?.[option.value] : undefined,
    });
  });
  return html`<div class=${groupClass(error)}>
    <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(field.hint && hintId(id), error && errorId(id)))}>
      <legend class=${legendClass}>${field.label}</legend>
      ${hint(id, field.hint)} ${errorMessage(id, error)}
      <div class="choices">${choices}</div>
    </fieldset>
  </div>`;
}

export interface RadiosField<V extends string> extends ChoiceGroup<V> {
  value: V | undefined;
  onSelect: (value: V) => void;
  /** A larger legend, for a question that heads its own section. */
  asHeading?: boolean;
}

export function radiosField<V extends string>(field: RadiosField<V>) {
  return choiceGroup(
    field,
    field.asHeading ? 'legend legend--m' : 'legend',
    'radio',
    (value) => field.value === value,
    (value) => field.onSelect(value),
  );
}

/**
 * The values after ticking or unticking one: a ticked value goes at the end, an unticked one is
 * removed, and the rest keep their order, so a record read in comes back unchanged.
 */
export function toggledValues<V extends string>(values: readonly V[], value: V, ticked: boolean): V[] {
  if (ticked) return values.includes(value) ? [...values] : [...values, value];
  return values.filter((candidate) => candidate !== value);
}

export interface CheckboxesField<V extends string> extends ChoiceGroup<V> {
  values: readonly V[];
  onChange: (values: V[]) => void;
}

export function checkboxesField<V extends string>(field: CheckboxesField<V>) {
  return choiceGroup(
    field,
    'legend',
    'checkbox',
    (value) => field.values.includes(value),
    (value, event) => field.onChange(toggledValues(field.values, value, (event.target as HTMLInputElement).checked)),
  );
}
