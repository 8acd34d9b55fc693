import type { Migration } from './record-kind.js';
import { rolledUpAchievement } from './sac-codes.js';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** SG4a question 2 for the enquiry, rolled up from its outcome results. */
const rollUp = (results: unknown) =>
  Array.isArray(results) ? rolledUpAchievement(results.map((result) => (isObject(result) ? result.achieved : undefined))) : undefined;

/**
 * Version 1 to 2. At closure: the single `risk` becomes the entry of `risks` for a source not
 * recorded (the form asks for the real source when the record is next edited); `concludedOn` is
 * the date of the ending conversation, or else the day of `recordedAt` as written; `enquiryType`
 * is `not-recorded`; where outcomes were expressed, `overallAchieved` is the roll-up of the
 * outcome results; `quoteConsent` is `not-asked`. A review changes only its version.
 */
export const reviewCloseV1ToV2: Migration = (input) => {
  if (input.stage !== 'closure') return input;
  const { risk, ...record } = input;
  const ending = isObject(record.ending) ? record.ending : undefined;
  const endingDate = ending?.happened === true && typeof ending.date === 'string' ? ending.date : undefined;
  const recordedOn = typeof record.recordedAt === 'string' ? record.recordedAt.slice(0, 10) : undefined;
  const overallAchieved = record.asked === 'asked-expressed' ? rollUp(record.outcomeResults) : undefined;
  return {
    ...record,
    ...((endingDate ?? recordedOn) === undefined ? {} : { concludedOn: endingDate ?? recordedOn }),
    enquiryType: 'not-recorded',
    ...(overallAchieved ? { overallAchieved } : {}),
    ...(risk === undefined || risk === null ? {} : { risks: { 'not-recorded': risk } }),
    quoteConsent: 'not-asked',
  };
};
