import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so an element can render its readable summary instead
 * of its form: every word shown, nothing clipped in a text box, no empty controls. The switch
 * happens in `beforeprint`, before the browser lays out the printed page.
 */
export class PrintModeController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query ??= window.matchMedia('print');
    this.query.addEventListener('change', this.onMediaChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.set(this.query.matches);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onMediaChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private set(printing: boolean) {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private onMediaChange = (event: MediaQueryListEvent) => this.set(event.matches);
  private onBeforePrint = () => this.set(true);
  private onAfterPrint = () => this.set(this.query?.matches ?? false);
}
