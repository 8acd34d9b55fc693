import type { RecordIssue } from '../schemas/issues.js';

/** What a host is told when it gave the element something it cannot use. */
export type MspErrorCode =
  | 'invalid-value'
  | 'invalid-json'
  /** `value="[object Object]"`: an object was written as an attribute before the element was defined. */
  | 'object-as-attribute'
  | 'too-large'
  | 'unknown-locale'
  | 'locale-load-failed'
  | 'storage-failed'
  | 'invalid-questions';

export interface MspErrorDetail {
  code: MspErrorCode;
  /** A sentence for developers; never contains the person's words. */
  message: string;
  /** For invalid values: where and what, without the values themselves. */
  issues: RecordIssue[];
}

export interface MspValueDetail<TRecord = unknown> {
  /** The record as it stands; it may be incomplete until `valid` is true. */
  value: TRecord;
  valid: boolean;
}

const init = { bubbles: true, composed: true } as const;

/** Fired on every edit. */
export class MspInputEvent<TRecord = unknown> extends CustomEvent<MspValueDetail<TRecord>> {
  constructor(detail: MspValueDetail<TRecord>) {
    super('msp-input', { ...init, detail });
  }
}

/** Fired when an edit is committed: a choice made, a field left, an outcome added or removed. */
export class MspChangeEvent<TRecord = unknown> extends CustomEvent<MspValueDetail<TRecord>> {
  constructor(detail: MspValueDetail<TRecord>) {
    super('msp-change', { ...init, detail });
  }
}

/** Fired when the tool is completed; the detail is the valid record. Cancel it to stop the surrounding form being submitted. */
export class MspSubmitEvent<TRecord = unknown> extends CustomEvent<TRecord> {
  constructor(detail: TRecord) {
    super('msp-submit', { ...init, cancelable: true, detail });
  }
}

/** Fired when the host gave bad input: an invalid value, malformed JSON, an unknown locale, a storage failure. */
export class MspErrorEvent extends CustomEvent<MspErrorDetail> {
  constructor(detail: MspErrorDetail) {
    super('msp-error', { ...init, detail });
  }
}

/**
 * Tells the page about an edit: `msp-input` and a native `input` for every one, and `msp-change`
 * and a native `change` for a committed one. The record is parsed from `json` for a listener only
 * when one reads it, and is the record of this moment.
 */
export function emitValueEvents(target: EventTarget, json: string, valid: boolean, committed: boolean): void {
  let value: unknown;
  const detail = {
    get value() {
      return (value ??= JSON.parse(json));
    },
    valid,
  };
  target.dispatchEvent(new MspInputEvent(detail));
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (committed) {
    target.dispatchEvent(new MspChangeEvent(detail));
    target.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'msp-input': MspInputEvent;
    'msp-change': MspChangeEvent;
    'msp-submit': MspSubmitEvent;
    'msp-error': MspErrorEvent;
  }
}
