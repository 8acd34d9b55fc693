import { html, type TemplateResult } from 'lit';
import type { OutcomeCaptureRecord } from '../../src/schemas/outcome-capture.js';
import type { ReviewCloseRecord } from '../../src/schemas/review-close.js';
import { joyceRecord, mrsTRecord, susiRecord } from './outcome-capture.records.js';
import { joyceCeasedClosure, joyceReview, mrsTClosure, susiClosure } from './review-close.records.js';
import type { ElementStateBase } from './element-state.js';

/**
 * Every state of <msp-review-close> that matters. Storybook shows each one, and the tests render
 * each one and run axe on it, in English and in Welsh: one list, so they cannot drift.
 */
export interface ReviewCloseState extends ElementStateBase<ReviewCloseRecord> {
  /** The outcome-capture record whose outcomes are reviewed or closed, or its JSON text. */
  outcomes?: OutcomeCaptureRecord | string;
  /** Choose a stage after rendering, for a state that starts a new record. */
  stage?: 'review' | 'closure';
}

const [, joyceVisits] = joyceRecord.outcomes.map((outcome) => outcome.id);

export const reviewCloseStates: ReviewCloseState[] = [
  { name: 'Empty', description: 'Nothing filled in yet, with Susi’s outcomes given.', outcomes: susiRecord, required: true },
  {
    name: 'NewReview',
    description: 'A review just started: each thing Susi wants, to ask how it is going.',
    outcomes: susiRecord,
    stage: 'review',
  },
  {
    name: 'ReviewWithChangedOutcome',
    description:
      'Joyce’s review: she came to want something different (him visiting only when her daughter is there), and something new.',
    outcomes: joyceRecord,
    value: joyceReview,
  },
  {
    name: 'ClosureOutcomesMet',
    description: 'Susi’s ending: one thing she wanted fully achieved, one partly, one not; the risk reduced.',
    outcomes: susiRecord,
    value: susiClosure,
  },
  {
    name: 'ClosureNoOutcomesExpressed',
    description: 'Mrs T’s ending: she was asked but did not say what she wanted, so nothing is marked as achieved, and the form says why.',
    outcomes: mrsTRecord,
    value: mrsTClosure,
  },
  {
    name: 'EnquiryCeased',
    description: 'Joyce asked for the enquiry to stop: no risk outcome, no ending conversation, and a departure from procedure.',
    outcomes: joyceRecord,
    value: joyceCeasedClosure,
  },
  {
    name: 'ErrorsShown',
    description: 'An ending completed too soon: the error summary and messages.',
    outcomes: susiRecord,
    required: true,
    stage: 'closure',
    showErrors: true,
  },
  { name: 'Welsh', description: 'Susi’s ending in Welsh.', outcomes: susiRecord, value: susiClosure, locale: 'cy' },
  {
    name: 'WelshReview',
    description: 'Joyce’s review in Welsh.',
    outcomes: joyceRecord,
    value: joyceReview,
    locale: 'cy',
  },
  {
    name: 'WelshErrors',
    description: 'A review completed too soon, in Welsh.',
    outcomes: joyceRecord,
    required: true,
    stage: 'review',
    showErrors: true,
    locale: 'cy',
  },
  {
    name: 'ReadBack',
    description: 'The summary a practitioner reads back to Susi: what she wanted, how far it was achieved and why, in plain words.',
    outcomes: susiRecord,
    value: susiClosure,
    readonly: true,
  },
  {
    name: 'ReadBackWelsh',
    description: 'The same read-back in Welsh.',
    outcomes: susiRecord,
    value: susiClosure,
    readonly: true,
    locale: 'cy',
  },
  {
    name: 'ReadBackReview',
    description: 'Joyce’s review read back: her earlier words, how it is going, and what she wants now.',
    outcomes: joyceRecord,
    value: joyceReview,
    readonly: true,
  },
  {
    name: 'Print',
    description: 'What prints, shown with print-preview: the read-back of Susi’s ending, every word shown, with no empty controls.',
    outcomes: susiRecord,
    value: susiClosure,
    print: true,
  },
  { name: 'NarrowScreen', description: 'Susi’s ending on a phone, 320 px wide.', outcomes: susiRecord, value: susiClosure, narrow: true },
  { name: 'Disabled', description: 'Shown but not editable, and not submitted.', outcomes: joyceRecord, value: joyceReview, disabled: true },
  {
    name: 'OutcomesRecordMissing',
    description: 'No outcome-capture record given: the answers show, numbered, and the form says the person’s words are not here.',
    value: susiClosure,
  },
  {
    name: 'OutcomesRecordUnreadable',
    description: 'The outcome-capture record given fails its schema: the element fires msp-error and says it could not be read.',
    outcomes: '{"kind":"msp.outcome-capture","version":2,"asked":"perhaps"}',
    value: susiClosure,
  },
  {
    name: 'MismatchedOutcomes',
    description:
      'A review whose answers do not fit the outcome-capture record: one for something not in it, and none for something the person wants.',
    outcomes: joyceRecord,
    value: {
      ...joyceReview,
      outcomeReviews: [{ ...joyceReview.outcomeReviews[0], outcomeId: 'f6071829-3a4b-4cd5-9e6f-708192a3b4c5' }, joyceReview.outcomeReviews[1]],
    },
    showErrors: true,
  },
  {
    name: 'UnreadableValue',
    description: 'The host gave a value that fails the schema: it is kept and a message says so.',
    outcomes: joyceRecord,
    value: `{"kind":"msp.review-close","version":1,"stage":"closure","outcomeCaptureId":"${joyceRecord.id}","risk":{"actionAndResult":"no-risk-identified-no-action-taken","riskOutcome":"reduced"},"outcomeResults":[{"outcomeId":"${joyceVisits}","achieved":"mostly"}]}`,
  },
];

const json = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** Renders a state as a fresh element; `stage` and `showErrors` are applied by `applyState` once it is in the page. */
export function renderReviewCloseState(state: ReviewCloseState): TemplateResult {
  return html`<msp-review-close
    name="review"
    case-ref="SG-2026-0412"
    outcomes-record=${json(state.outcomes)}
    value=${json(state.value)}
    ?required=${state.required ?? false}
    ?readonly=${state.readonly ?? false}
    ?disabled=${state.disabled ?? false}
    ?print-preview=${state.print ?? false}
  ></msp-review-close>`;
}

/** What a state needs once its element is in the page: a stage chosen, as a person would, and errors shown. */
export async function applyReviewCloseState(
  element: HTMLElement & { complete(): boolean; updateComplete: Promise<boolean> },
  state: ReviewCloseState,
) {
  await element.updateComplete;
  if (state.stage) {
    element.shadowRoot?.querySelector<HTMLInputElement>(`input[name="stage"][value="${state.stage}"]`)?.click();
    await element.updateComplete;
  }
  if (state.showErrors) {
    element.complete();
    await element.updateComplete;
  }
}
