import { elementConformance } from '../../contract/element-conformance.js';
import '../../../src/elements/outcomes-report/outcomes-report.js';
import { applyState, outcomesReportStates, renderOutcomesReportState } from '../../../fixtures/states/outcomes-report.states.js';
import { showSusiSaying } from './helpers.js';

elementConformance({
  tag: 'msp-outcomes-report',
  showWords: showSusiSaying,
  states: outcomesReportStates,
  renderState: renderOutcomesReportState,
  applyState,
});
