import { defineElement } from '../../core/define.js';
import { MspOutcomeCapture } from './outcome-capture.component.js';

export { MspOutcomeCapture };

defineElement('msp-outcome-capture', MspOutcomeCapture);
