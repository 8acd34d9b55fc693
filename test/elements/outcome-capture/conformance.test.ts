import { formConformance } from '../../contract/form-conformance.js';
import '../../../src/index.js';
import { joyceRecord } from '../../../fixtures/states/outcome-capture.records.js';
import {
  applyState,
  outcomeCaptureStates,
  renderOutcomeCaptureState,
} from '../../../fixtures/states/outcome-capture.states.js';

formConformance({
  tag: 'msp-outcome-capture',
  validRecord: joyceRecord as unknown as Record<string, unknown>,
  invalidRecord: { ...joyceRecord, asked: 'perhaps', outcomes: [{ ...joyceRecord.outcomes[1], id: 'not-a-uuid' }] },
  withWords: (record, words) => ({
    ...record,
    outcomes: (record.outcomes as Record<string, unknown>[]).map((outcome, index) =>
      index === (record.outcomes as unknown[]).length - 1 ? { ...outcome, words } : outcome,
    ),
  }),
  states: outcomeCaptureStates,
  renderState: renderOutcomeCaptureState,
  applyState,
});
