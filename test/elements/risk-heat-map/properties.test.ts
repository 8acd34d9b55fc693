import { runRecordProperties } from '../../contract/record-properties.js';
import '../../../src/index.js';
import { riskHeatMap } from '../../../src/schemas/risk-heat-map.js';

runRecordProperties({ tag: 'msp-risk-heat-map', recordKind: riskHeatMap, schemaName: 'risk-heat-map' });
