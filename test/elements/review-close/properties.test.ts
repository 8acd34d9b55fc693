import { runRecordProperties } from '../../contract/record-properties.js';
import '../../../src/index.js';
import { reviewClose } from '../../../src/schemas/review-close.js';

runRecordProperties({ tag: 'msp-review-close', recordKind: reviewClose, schemaName: 'review-close' });
