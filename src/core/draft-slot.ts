import type { ReactiveControllerHost } from 'lit';
import type { DraftController, DraftHost } from './drafts.js';

/**
 * Where a form element's drafts plug in. The drafts code is loaded only once an element has a
 * `draft-key`, so most pages never download it; until then every call does nothing.
 */
export class DraftSlot {
  #drafts?: DraftController;
  #loading = false;

  readonly #host: DraftHost & ReactiveControllerHost;
  readonly #restore: (snapshot: unknown) => boolean;
  readonly #failed: (message: string) => void;

  constructor(
    host: DraftHost & ReactiveControllerHost,
    restore: (snapshot: unknown) => boolean,
    failed: (message: string) => void,
  ) {
    this.#host = host;
    this.#restore = restore;
    this.#failed = failed;
  }

  /** Starts keeping drafts once the element has a `draft-key`, loading that code the first time. */
  start(): void {
    if (this.#drafts || this.#loading || !this.#host.draftKey) return;
    this.#loading = true;
    void import('./drafts.js').then(({ DraftController }) => {
      this.#drafts = new DraftController(this.#host, { restore: this.#restore, failed: this.#failed });
    });
  }

  /** When a draft was brought back, its time; cleared once the person keeps or discards it. */
  get restoredFrom(): string | undefined {
    return this.#drafts?.restoredFrom;
  }

  /** The value shown is now the host's, not a draft's. */
  forgetRestored(): void {
    if (this.#drafts) this.#drafts.restoredFrom = undefined;
  }

  schedule(snapshot: () => unknown): void {
    this.#drafts?.schedule(snapshot);
  }

  clear(): void {
    this.#drafts?.clear();
  }
}
