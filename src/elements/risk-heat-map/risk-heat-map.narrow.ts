import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the screen is too narrow for the map (a phone, or a window at 320 px), where the
 * table takes over. The width is the one at which the GOV.UK type scale changes.
 */
export class NarrowScreenController implements ReactiveController {
  matches = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query ??= window.matchMedia('(max-width: 40.0525em)');
    this.query.addEventListener('change', this.onChange);
    this.matches = this.query.matches;
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }

  private onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };
}
