import { html, nothing, type TemplateResult } from 'lit';
import type { ProfileMode } from '../../src/elements/one-page-profile/one-page-profile.component.js';
import type { OnePageProfileRecord } from '../../src/schemas/one-page-profile.js';
import { joyceProfile, joyceWithChart, joyceWithPhoto, joyceWithRemotePhoto, longProfile, tooLongProfile, welshProfile } from './one-page-profile.records.js';
import type { ElementStateBase } from './element-state.js';

/**
 * Every state of <msp-one-page-profile> that matters. Storybook shows each one, and the tests
 * render each one and run axe on it, in English and in Welsh: one list, so they cannot drift.
 */
export interface ElementState extends ElementStateBase<OnePageProfileRecord> {
  mode?: ProfileMode;
  /** The `photo-origins` attribute: where a photo at an https URL may be loaded from. */
  photoOrigins?: string;
}

export const onePageProfileStates: ElementState[] = [
  { name: 'Empty', description: 'Nothing written yet: each section starts with a question to help, never an answer.', required: true },
  { name: 'Typical', description: 'Joyce’s profile, being edited.', value: joyceProfile },
  { name: 'Long', description: 'Peggy’s long profile, being edited: many statements and a chart.', value: longProfile },
  { name: 'WithPhoto', description: 'A photo, drawn from the record itself, with words that describe it.', value: joyceWithPhoto },
  { name: 'WithChart', description: 'A communication chart: what is happening, what I do, what we think it means, what we should do.', value: joyceWithChart },
  { name: 'View', description: 'The profile as people read it: `mode="view"`.', value: joyceWithPhoto, mode: 'view' },
  { name: 'ViewWithChart', description: 'The readable profile with its communication chart.', value: joyceWithChart, mode: 'view' },
  {
    name: 'Print',
    description: 'The one A4 page that prints: `mode="print"`. The tests also emulate print media.',
    value: joyceWithPhoto,
    mode: 'print',
    print: true,
  },
  {
    name: 'PrintLong',
    description: 'A long profile still fits one page: the text of its longest parts is smaller, and the page says where.',
    value: longProfile,
    mode: 'print',
    print: true,
  },
  {
    name: 'PrintTooLong',
    description: 'A profile too long for one page even with the smallest text says so.',
    value: tooLongProfile,
    mode: 'print',
    print: true,
  },
  { name: 'Welsh', description: 'A profile made in Welsh, in the Welsh form.', value: welshProfile, locale: 'cy' },
  { name: 'WelshView', description: 'The same profile to read, in Welsh.', value: welshProfile, mode: 'view', locale: 'cy' },
  { name: 'NarrowScreen', description: 'Editing on a phone, 320 px wide.', value: joyceWithChart, narrow: true },
  { name: 'NarrowView', description: 'Reading on a phone, 320 px wide.', value: joyceWithChart, mode: 'view', narrow: true },
  { name: 'ErrorsShown', description: 'Saved too soon: the error summary and messages.', required: true, showErrors: true },
  {
    name: 'PhotoWithoutWords',
    description: 'A saved profile whose photo has no words to describe it: kept as given, and the problem shown at the field.',
    value: JSON.stringify({ ...joyceWithPhoto, photo: { src: joyceWithPhoto.photo!.src } }),
  },
  {
    name: 'PhotoNotShown',
    description:
      'A photo at an https URL from an origin the host has not listed in `photo-origins`: it is not loaded, the form says so, and its words can still be edited.',
    value: joyceWithRemotePhoto,
  },
  {
    name: 'PhotoNotShownView',
    description: 'The same profile to read: the words that describe the photo stand in its place, and nothing is fetched.',
    value: joyceWithRemotePhoto,
    mode: 'view',
  },
  {
    name: 'PhotoNotShownWelsh',
    description: 'The form, in Welsh, saying the photo is not shown on this page.',
    value: joyceWithRemotePhoto,
    locale: 'cy',
  },
  { name: 'Readonly', description: 'A profile that cannot be edited.', value: joyceWithChart, readonly: true },
  { name: 'Disabled', description: 'Shown but not editable, and not submitted.', value: joyceProfile, disabled: true },
  {
    name: 'UnreadableValue',
    description: 'The host gave a value that fails the schema: it is kept and a message says so.',
    value: '{"kind":"msp.one-page-profile","version":1,"name":42,"likedAndAdmired":[{"text":"I sing"}]}',
  },
];

/** Renders a state as a fresh element; `showErrors` is applied by `applyState` once it is in the page. */
export function renderOnePageProfileState(state: ElementState): TemplateResult {
  const value = typeof state.value === 'string' ? state.value : state.value ? JSON.stringify(state.value) : undefined;
  return html`<msp-one-page-profile
    name="profile"
    case-ref="SG-2026-0412"
    value=${value ?? ''}
    mode=${state.mode ?? 'edit'}
    photo-origins=${state.photoOrigins ?? nothing}
    ?required=${state.required ?? false}
    ?readonly=${state.readonly ?? false}
    ?disabled=${state.disabled ?? false}
  ></msp-one-page-profile>`;
}

/** What a state needs once its element is in the page. */
export async function applyState(element: HTMLElement & { complete(): boolean; updateComplete: Promise<boolean> }, state: ElementState) {
  await element.updateComplete;
  if (state.showErrors) {
    element.complete();
    await element.updateComplete;
  }
}
