import { runRecordProperties } from '../../contract/record-properties.js';
import '../../../src/index.js';
import { onePageProfile } from '../../../src/schemas/one-page-profile.js';

runRecordProperties({ tag: 'msp-one-page-profile', recordKind: onePageProfile, schemaName: 'one-page-profile' });
