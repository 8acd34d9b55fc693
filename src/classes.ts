/** The element classes, not registered: for scoped registries or your own tag names. */
export { MspOutcomeCapture } from './elements/outcome-capture/outcome-capture.component.js';
export { MspFormElement } from './core/form-element.js';
