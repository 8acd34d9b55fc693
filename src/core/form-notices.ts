import { html, type TemplateResult } from 'lit';
import { badValueNotice, discardDraft, draftRestoredNotice, formatDateTime } from './common-messages.js';

/** The id of the notice about a value that could not be used; the error summary can link to it. */
export const UNREADABLE_NOTICE_ID = 'saved-answers-notice';

/**
 * The notices above a form: saved answers that could not be used, and answers brought back from a
 * draft (with the way to discard them).
 */
export function renderFormNotices(unreadable: boolean, restoredFrom: string | undefined, discard: () => void): TemplateResult[] {
  const notices: TemplateResult[] = [];
  if (unreadable) {
    notices.push(html`<div class="notice notice--error" part="notice" role="alert" id=${UNREADABLE_NOTICE_ID} tabindex="-1">
      <p>${badValueNotice()}</p>
    </div>`);
  }
  if (restoredFrom) {
    notices.push(html`<div class="notice" part="notice" role="status">
      <p class="body">${draftRestoredNotice(formatDateTime(restoredFrom))}</p>
      <button type="button" class="link-button" @click=${discard}>${discardDraft()}</button>
    </div>`);
  }
  return notices;
}
