/**
 * What every element's states share. One list of states per element feeds its stories, its tests
 * and the axe run; each list adds what its own element needs.
 */
export interface ElementStateBase<TRecord> {
  name: string;
  description: string;
  /** The record, or its JSON text. */
  value?: TRecord | string;
  readonly?: boolean;
  disabled?: boolean;
  required?: boolean;
  /** Attempt to complete the tool after rendering, so errors are shown. */
  showErrors?: boolean;
  locale?: 'en-GB' | 'cy';
  /** A narrow viewport, like a phone. */
  narrow?: boolean;
  /** As printed: shown with `print-preview`, and the tests also emulate print media. */
  print?: boolean;
}
