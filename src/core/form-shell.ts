import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary, type FieldError } from './error-summary.js';
import { getLocale } from './locale.js';

export interface FormShell {
  /** The readable summary instead of the form: read only, or printing. */
  summary: boolean;
  /** The problems the error summary lists now. */
  errors: FieldError[];
  notices: TemplateResult[];
  announcer: TemplateResult;
  disabled: boolean;
  /** The element's own fields, or its summary. */
  content: () => TemplateResult;
  submitLabel: () => string;
  complete: () => void;
  root: () => ShadowRoot | null;
}

/**
 * What every form element shows around its own fields: the error summary, notices, the live
 * region, and the button that completes the tool; or, read only and in print, its summary.
 */
export function renderFormShell(shell: FormShell): TemplateResult {
  const { summary } = shell;
  // The shadow content carries its own language, so a Welsh form on an English page is read as Welsh.
  return html`<div part="base" class=${summary ? 'base base--summary' : 'base'} lang=${getLocale()}>
    ${summary ? nothing : errorSummary(shell.errors, shell.root)}
    ${shell.notices}
    ${shell.announcer}
    ${summary
      ? shell.content()
      : html`<fieldset class="fieldset" ?disabled=${shell.disabled}>
          ${shell.content()}
          <div class="button-group">
            <button type="button" class="button" part="submit-button" @click=${shell.complete}>${shell.submitLabel()}</button>
          </div>
        </fieldset>`}
  </div>`;
}
