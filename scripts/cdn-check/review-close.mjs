/** <msp-review-close> shows a record beside the outcome-capture record it reviews. */
export function extraAttributes(records) {
  const sample = Object.values(records).find((record) => record && typeof record === 'object' && 'outcomeCaptureId' in record);
  return { 'outcomes-record': JSON.stringify(records.outcomesFor(sample)) };
}
