import { formConformance } from '../../contract/form-conformance.js';
import '../../../src/index.js';
import { susiClosure } from '../../../fixtures/states/review-close.records.js';
import { applyReviewCloseState, renderReviewCloseState, reviewCloseStates } from '../../../fixtures/states/review-close.states.js';

formConformance({
  tag: 'msp-review-close',
  validRecord: susiClosure as unknown as Record<string, unknown>,
  invalidRecord: {
    ...susiClosure,
    stage: 'finished',
    risk: { actionAndResult: 'no-risk-identified-no-action-taken', riskOutcome: 'reduced' },
  },
  withWords: (record, words) => ({ ...record, nextSteps: words }),
  states: reviewCloseStates,
  renderState: renderReviewCloseState,
  applyState: applyReviewCloseState,
});
