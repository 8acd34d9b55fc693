import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so an element can render its readable summary instead
 * of its form: every word shown, nothing clipped in a text box, no empty controls. The switch
 * happens in `beforeprint`, before the browser lays out the printed page.
 */
export class PrintModeController implements ReactiveController {
  printing = false;
  #query?: MediaQueryList;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#query ??= window.matchMedia('print');
    this.#query.addEventListener('change', this.#onMediaChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    this.#set(this.#query.matches);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onMediaChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  #set(printing: boolean) {
    if (printing === this.printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
  }

  #onMediaChange = (event: MediaQueryListEvent) => this.#set(event.matches);
  #onBeforePrint = () => this.#set(true);
  #onAfterPrint = () => this.#set(this.#query?.matches ?? false);
}
