import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where unsaved answers are kept between visits. The host chooses: nothing is stored unless an
 * element has a `draft-key` and a store (its `draftStore` property, `draft-storage="session"`,
 * or `setDefaultDraftStore`). Methods may return promises, so a store can be remote or encrypted.
 */
export interface DraftStore {
  load(key: string): string | null | undefined | Promise<string | null | undefined>;
  save(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

const KEY_PREFIX = 'msp-elements:draft:';

/** A store on a Web Storage area the host names, e.g. `webStorageDraftStore(sessionStorage)`. */
export function webStorageDraftStore(storage: Storage): DraftStore {
  return {
    load: (key) => storage.getItem(KEY_PREFIX + key),
    save: (key, value) => storage.setItem(KEY_PREFIX + key, value),
    remove: (key) => storage.removeItem(KEY_PREFIX + key),
  };
}

/** The store `draft-storage="session"` selects: this tab's sessionStorage, gone when the tab closes. */
export function sessionDraftStore(): DraftStore {
  return webStorageDraftStore(window.sessionStorage);
}

let defaultStore: DraftStore | undefined;

/** Lets the host give every element with a `draft-key` one store, without setting each. */
export function setDefaultDraftStore(store: DraftStore | undefined): void {
  defaultStore = store;
}

export interface DraftHost extends ReactiveControllerHost {
  draftKey?: string;
  draftStore?: DraftStore;
  draftStorage?: string;
}

interface SavedDraft {
  savedAt: string;
  snapshot: unknown;
}

export interface DraftCallbacks {
  restore(snapshot: unknown): boolean;
  failed(message: string): void;
}

const SAVE_DELAY_MS = 300;

/** Saves an element's snapshot while the person types, and offers it back on the next visit. */
export class DraftController implements ReactiveController {
  /** When a draft was brought back, its time; cleared once the person keeps or discards it. */
  restoredFrom?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private loadedKey?: string;

  constructor(
    private readonly host: DraftHost,
    private readonly callbacks: DraftCallbacks,
  ) {
    host.addController(this);
  }

  private get store(): DraftStore | undefined {
    if (!this.host.draftKey) return undefined;
    if (this.host.draftStore) return this.host.draftStore;
    if (this.host.draftStorage === 'session') return sessionDraftStore();
    return defaultStore;
  }

  hostConnected(): void {
    const key = this.host.draftKey;
    if (key && key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(key);
    }
  }

  hostDisconnected(): void {
    this.flush();
  }

  private async load(key: string) {
    const store = this.store;
    if (!store) return;
    try {
      const text = await store.load(key);
      if (!text) return;
      const saved = JSON.parse(text) as SavedDraft;
      if (typeof saved?.savedAt === 'string' && this.callbacks.restore(saved.snapshot)) {
        this.restoredFrom = saved.savedAt;
        this.host.requestUpdate();
      }
    } catch {
      this.callbacks.failed('The saved draft could not be read');
    }
  }

  /** Schedules a save of the snapshot the callback returns when the timer fires. */
  schedule(snapshot: () => unknown): void {
    if (!this.store) return;
    clearTimeout(this.timer);
    this.pending = snapshot;
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  private pending?: () => unknown;

  flush(): void {
    clearTimeout(this.timer);
    const snapshot = this.pending;
    this.pending = undefined;
    const store = this.store;
    if (!snapshot || !store || !this.host.draftKey) return;
    const saved: SavedDraft = { savedAt: new Date().toISOString(), snapshot: snapshot() };
    this.run(() => store.save(this.host.draftKey!, JSON.stringify(saved)), 'The draft could not be saved');
  }

  /** Forgets the draft: after the tool is completed, reset, or the person discards it. */
  clear(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.restoredFrom = undefined;
    const store = this.store;
    if (store && this.host.draftKey) {
      this.run(() => store.remove(this.host.draftKey!), 'The draft could not be removed');
    }
  }

  private run(action: () => void | Promise<void>, failure: string) {
    try {
      Promise.resolve(action()).catch(() => this.callbacks.failed(failure));
    } catch {
      this.callbacks.failed(failure);
    }
  }
}
