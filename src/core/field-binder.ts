import { html, nothing, type TemplateResult } from 'lit';
import { checkboxesField, radiosField, type CheckboxesField, type RadiosField } from './choice-fields.js';
import { dateInputField } from './date-input.js';
import { dateProblem, datePartsAtFault, type DateParts } from './date-parts.js';
import { describedBy, errorId, errorMessage, groupClass, type ChoiceOption } from './field-parts.js';
import { textField, type TextField } from './fields.js';

/** How a change reaches the record: see `MspFormElement.edit`. */
export interface EditOptions {
  /** A finished change (a choice, an added item): fires `msp-change`. */
  commit?: boolean;
  /** A field whose message may now show. */
  touch?: string;
}

/** What the binder needs from a form element. */
export interface BinderHost<TWorking, TView> {
  edit(change: (record: TWorking, view: TView) => void, options?: EditOptions): void;
  commit(fieldId: string): void;
}

type TextBinding<TWorking, TView> = Omit<TextField, 'id' | 'onInput' | 'onCommit' | 'error' | 'value'> & {
  value: string | undefined;
  set: (record: TWorking, text: string, view: TView) => void;
};

/**
 * Binds the field kit's fields to a record, the same way in every element: each field's id is its
 * question, its message comes from the errors shown now, and its input edits the record through a
 * `set` that says where the answer goes. A typed text box edits with every keystroke and commits
 * when left; a choice edits and commits at once. Made for one render by `MspFormElement.fields()`.
 */
export class FieldBinder<TWorking, TView> {
  constructor(
    private readonly host: BinderHost<TWorking, TView>,
    /** The message to show beside a question now, if any. */
    readonly error: (id: string) => string | undefined,
  ) {}

  /** A change the element makes with a control of its own; see `MspFormElement.edit`. */
  edit(change: (record: TWorking, view: TView) => void, options?: EditOptions): void {
    this.host.edit(change, options);
  }

  /** A text box (or, `multiline`, a textarea with a character count) bound to the record. */
  text(id: string, field: TextBinding<TWorking, TView>): TemplateResult {
    const { set, value, ...shown } = field;
    return textField({
      ...shown,
      id,
      value: value ?? '',
      error: this.error(id),
      onInput: (text) => this.host.edit((record, view) => set(record, text, view)),
      onCommit: () => this.host.commit(id),
    });
  }

  /** Radios whose choice edits the record and commits. */
  choice<V extends string>(
    id: string,
    label: string,
    options: readonly ChoiceOption<V>[],
    value: V | undefined,
    set: (record: TWorking, value: V, view: TView) => void,
    more: Partial<Pick<RadiosField<V>, 'hint' | 'conditional' | 'asHeading' | 'name' | 'disabled'>> = {},
  ): TemplateResult {
    return radiosField({
      id,
      name: id,
      label,
      options,
      value,
      error: this.error(id),
      onSelect: (chosen) => this.host.edit((record, view) => set(record, chosen, view), { commit: true, touch: id }),
      ...more,
    });
  }

  /** Checkboxes whose ticks edit the record and commit. */
  checkboxes<V extends string>(
    id: string,
    field: Omit<CheckboxesField<V>, 'id' | 'name' | 'error' | 'onChange'> & {
      name?: string;
      set: (record: TWorking, values: V[], view: TView) => void;
    },
  ): TemplateResult {
    const { set, ...shown } = field;
    return checkboxesField({
      name: id,
      ...shown,
      id,
      error: this.error(id),
      onChange: (values) => this.host.edit((record, view) => set(record, values, view), { commit: true, touch: id }),
    });
  }

  /**
   * GOV.UK date boxes, kept as typed in the view; `set` puts the date into the record once the
   * boxes make a real one. `notAfter` marks the boxes at fault for a date that must not be later.
   */
  date(
    id: string,
    field: { label: string; hint: string; parts: DateParts; notAfter?: string; set: (record: TWorking, view: TView, parts: DateParts) => void },
  ): TemplateResult {
    return dateInputField({
      id,
      label: field.label,
      hint: field.hint,
      value: field.parts,
      error: this.error(id),
      partsAtFault: datePartsAtFault(dateProblem(field.parts, field.notAfter ? { notAfter: field.notAfter } : undefined)),
      onInput: (parts) => this.host.edit((record, view) => field.set(record, view, parts)),
      onCommit: () => this.host.commit(id),
    });
  }

  /**
   * A secondary button that adds to a list, in its own form group: its message, and a hint such
   * as "up to 20". `describedBy` names text that says what the list is for.
   */
  addButton(
    id: string,
    field: { label: TemplateResult | string; onAdd: () => void; disabled?: boolean; hint?: TemplateResult | string; describedBy?: string },
  ): TemplateResult {
    const error = this.error(id);
    return html`<div class=${groupClass(error)}>
      ${errorMessage(id, error)}
      <button
        type="button"
        id=${id}
        class="button button--secondary"
        ?disabled=${field.disabled ?? false}
        aria-describedby=${describedBy(field.describedBy, error && errorId(id)) ?? nothing}
        @click=${field.onAdd}
      >
        ${field.label}
      </button>
      ${field.hint ? html`<p class="hint">${field.hint}</p>` : nothing}
    </div>`;
  }
}

/**
 * Edits one item of a list, found by its id, copy-on-write: the item is replaced by a shallow copy
 * before `change` runs, so a template guarded on the item object renders that item alone again.
 * Nothing happens if no item has the id.
 */
export function editItemById<TItem extends { id: string }>(list: TItem[], id: string, change: (item: TItem) => void): void {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return;
  const copy = { ...list[index] };
  list[index] = copy;
  change(copy);
}
