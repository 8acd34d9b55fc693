import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface UnsavedWarningHost extends ReactiveControllerHost {
  /** The host asked for the warning (`warn-unsaved`). */
  warnUnsaved: boolean;
  readonly isConnected: boolean;
}

/**
 * Asks the browser to warn before the page is left with unsaved edits. Only an element whose host
 * asked for the warning listens for the page being left at all.
 */
export class UnsavedWarning implements ReactiveController {
  readonly #host: UnsavedWarningHost;
  readonly #unsaved: () => boolean;

  constructor(
    host: UnsavedWarningHost,
    /** Whether there are edits that would be lost now. */
    unsaved: () => boolean,
  ) {
    this.#host = host;
    this.#unsaved = unsaved;
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  /** Call when `warnUnsaved` changes. */
  listen(): void {
    if (this.#host.warnUnsaved && this.#host.isConnected) window.addEventListener('beforeunload', this.#onBeforeUnload);
    else window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  #onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.#host.warnUnsaved && this.#unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  };
}
