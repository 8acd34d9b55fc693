import { OUTCOME_CAPTURE_KIND, outcomeCaptureSchema } from './outcome-capture.js';

/** Each record kind's schema, keyed by the file name its JSON Schema is published under. */
export const recordSchemas = {
  'outcome-capture': { kind: OUTCOME_CAPTURE_KIND, schema: outcomeCaptureSchema },
} as const;
