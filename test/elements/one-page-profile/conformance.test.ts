import { formConformance } from '../../contract/form-conformance.js';
import '../../../src/index.js';
import { joyceWithChart } from '../../../fixtures/states/one-page-profile.records.js';
import {
  applyState,
  onePageProfileStates,
  renderOnePageProfileState,
} from '../../../fixtures/states/one-page-profile.states.js';

formConformance({
  tag: 'msp-one-page-profile',
  validRecord: joyceWithChart as unknown as Record<string, unknown>,
  invalidRecord: { ...joyceWithChart, name: '', importantToMe: [{ ...joyceWithChart.importantToMe[0], id: 'not-a-uuid' }] },
  withWords: (record, words) => ({
    ...record,
    howToSupportMe: (record.howToSupportMe as Record<string, unknown>[]).map((statement, index, all) =>
      index === all.length - 1 ? { ...statement, text: words } : statement,
    ),
  }),
  states: onePageProfileStates,
  renderState: renderOnePageProfileState,
  applyState,
});
