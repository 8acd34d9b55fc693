import { formConformance } from '../../contract/form-conformance.js';
import '../../../src/index.js';
import { joyceMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { applyState, renderRiskHeatMapState, riskHeatMapStates } from '../../../fixtures/states/risk-heat-map.states.js';

formConformance({
  tag: 'msp-risk-heat-map',
  validRecord: joyceMapRecord as unknown as Record<string, unknown>,
  invalidRecord: { ...joyceMapRecord, items: [{ ...joyceMapRecord.items[0], id: 'not-a-uuid', decision: { status: 'perhaps' } }] },
  withWords: (record, words) => ({
    ...record,
    items: (record.items as Record<string, unknown>[]).map((item, index) =>
      index === (record.items as unknown[]).length - 1 ? { ...item, activity: words } : item,
    ),
  }),
  states: riskHeatMapStates,
  renderState: renderRiskHeatMapState,
  applyState,
});
