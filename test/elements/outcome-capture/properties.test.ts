import { runRecordProperties } from '../../contract/record-properties.js';
import '../../../src/index.js';
import { outcomeCapture } from '../../../src/schemas/outcome-capture.js';

runRecordProperties({ tag: 'msp-outcome-capture', recordKind: outcomeCapture, schemaName: 'outcome-capture' });
