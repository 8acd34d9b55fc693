import { html } from 'lit';
import { checkboxesField, dateInputField, emptyDateParts, radiosField, selectField, textField } from '../../src/core/fields.js';

const ignore = () => {};

/**
 * One of each control the field kit draws, each with an id the kit tests look up (`name`, `words`,
 * `area`, `on`, `how`, `support`), and the primary and link buttons (`save`, `remove`): empty, or
 * `filled` with an answer in every control.
 */
export function everyControl({ filled }: { filled: boolean }) {
  return html`${textField({ id: 'name', label: 'What they like to be called', value: filled ? 'Joyce' : '', maxLength: 100, onInput: ignore })}
    ${textField({ id: 'words', label: 'In their own words', value: filled ? 'To feel safe at home' : '', maxLength: 1000, multiline: true, onInput: ignore })}
    ${selectField({
      id: 'area',
      label: 'Area',
      noneLabel: 'Not chosen',
      options: [{ value: 'quality-of-life', label: 'Quality of life' }],
      value: filled ? 'quality-of-life' : undefined,
      onSelect: ignore,
    })}
    ${dateInputField({ id: 'on', label: 'When', value: filled ? { day: '18', month: '11', year: '2026' } : emptyDateParts(), onInput: ignore })}
    ${radiosField({
      id: 'how',
      name: 'how',
      label: 'How',
      options: [
        { value: 'phone', label: 'On the phone', hint: 'Or a video call' },
        { value: 'visit', label: 'A visit' },
      ],
      value: filled ? 'phone' : undefined,
      onSelect: ignore,
    })}
    ${checkboxesField({
      id: 'support',
      name: 'support',
      label: 'Support',
      options: [{ value: 'bsl', label: 'BSL' }],
      values: filled ? ['bsl'] : [],
      onChange: ignore,
    })}
    <button type="button" class="button" id="save">Save</button>
    <button type="button" class="link-button" id="remove">Remove</button>`;
}
