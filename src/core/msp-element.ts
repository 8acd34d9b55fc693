import { html, LitElement, type TemplateResult } from 'lit';
import type { RecordIssue } from '../schemas/issues.js';
import { formStyles } from '../styles/form.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { MspErrorEvent, type MspErrorCode } from './events.js';
import { getLocale, subscribeToLocale, type LocaleListener } from './locale.js';
import { PrintModeController } from './print-mode.js';
import { VERSION } from './version.js';

/**
 * The base of every msp element, form or not: the shared look, the page's language, print, telling
 * the host what it gave cannot be used, a polite live region, and focus after an update. A
 * read-only element (the outcomes report) extends this; a form element extends `MspFormElement`,
 * which adds the record, form association and validity.
 *
 * @fires {MspErrorEvent} msp-error - The host gave something unusable: an invalid `value`, malformed JSON, an unknown locale, or storage that failed. `detail: { code, message, issues }`, never the person's words.
 *
 * @csspart base - The wrapper of everything the element shows.
 *
 * @cssprop --msp-font-family - Text font. Default: Arial, 'Helvetica Neue', Helvetica, sans-serif.
 * @cssprop --msp-text-colour - Text. Default: #0b0c0c.
 * @cssprop --msp-secondary-text-colour - Hints. Default: #484949.
 * @cssprop --msp-background-colour - Inputs. Default: #ffffff.
 * @cssprop --msp-panel-colour - Panels such as each outcome. Default: #f3f2f1.
 * @cssprop --msp-border-colour - Dividers. Default: #b1b4b6.
 * @cssprop --msp-input-border-colour - Input borders. Default: #0b0c0c.
 * @cssprop --msp-focus-colour - Focus highlight. Default: #ffdd00.
 * @cssprop --msp-focus-text-colour - Text on the focus highlight. Default: #0b0c0c.
 * @cssprop --msp-error-colour - Errors. Default: #d4351c.
 * @cssprop --msp-link-colour - Links. Default: #1d70b8.
 * @cssprop --msp-button-colour - The primary button. Default: #00703c.
 * @cssprop --msp-button-text-colour - Text on the primary button. Default: #ffffff.
 * @cssprop --msp-button-shadow-colour - The primary button's shadow. Default: #002d18.
 * @cssprop --msp-secondary-button-colour - Secondary buttons. Default: #f3f2f1.
 * @cssprop --msp-secondary-button-shadow-colour - Their shadow. Default: #929191.
 * @cssprop --msp-warning-button-colour - Warning buttons. Default: #d4351c.
 * @cssprop --msp-notice-colour - The border of notices. Default: #1d70b8.
 * @cssprop --msp-disabled-text-colour - Text, borders and controls that cannot be used now. Default: #5f6568.
 * @cssprop --msp-disabled-background-colour - Inputs that cannot be used now. Default: #f3f2f1.
 * @cssprop --msp-font-size - Body text. Default: max(19px, 1.1875rem); max(16px, 1rem) on narrow screens. The px floor holds on a page with a small root font; the rem part grows with text zoom.
 * @cssprop --msp-small-font-size - Small text. Default: max(16px, 1rem); max(14px, 0.875rem) on narrow screens.
 * @cssprop --msp-heading-l-size - Large headings. Default: max(36px, 2.25rem); max(27px, 1.6875rem) on narrow screens.
 * @cssprop --msp-heading-m-size - Section headings, question headings and the error summary's title. Default: max(24px, 1.5rem); max(21px, 1.3125rem) on narrow screens.
 * @cssprop --msp-heading-s-size - Small headings. Default: max(19px, 1.1875rem); max(16px, 1rem) on narrow screens.
 * @cssprop --msp-control-size - Radios and checkboxes, and the least height of inputs, selects and buttons. Default: max(40px, 2.5rem).
 * @cssprop --msp-line-height - Line height. Default: 1.32.
 * @cssprop --msp-space - The spacing unit. Default: max(15px, 0.9375rem).
 * @cssprop --msp-radius - Corner radius of inputs and buttons. Default: 0.
 * @cssprop --msp-max-width - Longest line of a form section. Default: max(640px, 40rem).
 */
export abstract class MspElement extends LitElement {
  static version = VERSION;
  static override styles = [tokens, formStyles];

  static override properties = {
    printPreview: { attribute: 'print-preview', type: Boolean, reflect: true },
  };

  /** Shows on screen what prints. */
  declare printPreview: boolean;

  readonly #printMode = new PrintModeController(this);
  #unsubscribeLocale?: () => void;
  /** Errors found before the element was in the page, e.g. from its `value` attribute during upgrade. */
  readonly #pendingHostErrors: MspErrorEvent[] = [];
  /** What the polite live region says now; see `announce`. */
  #announcement = '';
  /** True for a whole update, `updated()` and the focus it moves included. */
  protected rendering = false;

  /**
   * The id of a control to move focus to once the next update has rendered it: after something is
   * added or removed, or another step is shown. If it is not there, focus goes to the first control.
   */
  protected focusAfterUpdate?: string;

  constructor() {
    super();
    this.printPreview = false;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Inner controls' composed `input` events would reach the page retargeted to the host, beside
    // the host's own; the host's one event per edit is the contract.
    root.addEventListener('input', (event) => event.stopPropagation());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const error of this.#pendingHostErrors.splice(0)) this.dispatchEvent(error);
    this.#unsubscribeLocale ??= subscribeToLocale(this.#localeListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLocale?.();
    this.#unsubscribeLocale = undefined;
  }

  /** Whether the page is being printed now. */
  protected get pagePrinting(): boolean {
    return this.#printMode.printing;
  }

  /** Whether the page is being printed, or the host asked to preview print. */
  protected get printing(): boolean {
    return this.printPreview || this.#printMode.printing;
  }

  /** Called when the page's language has changed; the element then renders again. */
  protected localeChanged(): void {}

  #localeListener: LocaleListener = {
    localeChanged: () => {
      this.localeChanged();
      this.requestUpdate();
    },
    localeFailed: (requested, reason) =>
      this.reportHostError(
        reason,
        reason === 'unknown-locale'
          ? `No "${requested.slice(0, 35)}" locale; the element stays in ${getLocale()}`
          : `The "${requested.slice(0, 35)}" locale could not be loaded; the element stays in ${getLocale()}`,
      ),
  };

  /** Tells the host, with `msp-error`, that something it gave cannot be used; held until the element is in the page. */
  protected reportHostError(code: MspErrorCode, message: string, issues: RecordIssue[] = []) {
    const event = new MspErrorEvent({ code, message, issues });
    if (this.isConnected) this.dispatchEvent(event);
    else this.#pendingHostErrors.push(event);
  }

  /**
   * Says something to screen reader users without moving focus, through a polite live region:
   * where an item moved to, what was added or removed, which question is showing. Saying the same
   * words twice in a row is heard twice.
   */
  protected announce(words: string): void {
    // A live region announces a change of its text; clear it first so repeated words are a change.
    this.#announcement = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.#announcement = words;
      this.requestUpdate();
    });
  }

  /** The polite live region `announce` speaks through; every element renders it once. */
  protected renderAnnouncer(): TemplateResult {
    return html`<div class="visually-hidden" role="status" data-announcer>${this.#announcement}</div>`;
  }

  protected override performUpdate(): void {
    this.rendering = true;
    try {
      super.performUpdate();
    } finally {
      this.rendering = false;
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const id = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ??
      this.renderRoot.querySelector<HTMLElement>('input, select, textarea, button');
    target?.focus();
  }
}
