import type { Migration } from './record-kind.js';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the first of each repeated item, in order. */
const firstOfEach = (list: unknown) => (Array.isArray(list) ? [...new Set(list)] : list);

function without(record: Loose, ...keys: string[]): Loose {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

/**
 * Version 1 to 2. A change no longer repeats the words after it (they are the next change's
 * `previousWords`, or the current words), and fields that version 1 allowed but never used in a
 * given case are left out, as version 2's shape no longer allows them there: `notAskedReason`
 * unless not asked, `expressedBy` unless outcomes were expressed, `conversation` unless the person
 * was asked, capacity details unless capacity was lacking, `supportedBy` unless support was
 * provided. Repeated choices in a list are kept once.
 */
export const outcomeCaptureV1ToV2: Migration = (input) => {
  let record: Loose = input;
  const asked = record.asked;
  if (asked !== 'not-asked') record = without(record, 'notAskedReason');
  if (asked !== 'asked-expressed') record = without(record, 'expressedBy');
  if (asked !== 'asked-expressed' && asked !== 'asked-not-expressed') record = without(record, 'conversation');

  if (isObject(record.conversation)) {
    record = {
      ...record,
      conversation: { ...record.conversation, communicationSupport: firstOfEach(record.conversation.communicationSupport) },
    };
  }
  if (isObject(record.capacity)) {
    let capacity = record.capacity;
    if (capacity.lacked !== 'yes') capacity = without(capacity, 'decision', 'supportProvided', 'supportedBy');
    else if (capacity.supportProvided !== 'yes') capacity = without(capacity, 'supportedBy');
    else if ('supportedBy' in capacity) capacity = { ...capacity, supportedBy: firstOfEach(capacity.supportedBy) };
    record = { ...record, capacity };
  }
  if (Array.isArray(record.outcomes)) {
    record = {
      ...record,
      outcomes: record.outcomes.map((outcome) =>
        isObject(outcome) && Array.isArray(outcome.history)
          ? { ...outcome, history: outcome.history.map((change) => (isObject(change) ? without(change, 'words') : change)) }
          : outcome,
      ),
    };
  }
  return record;
};

/** Version 2 to 3: `advocacy` is new and optional, so only the version number changes. */
export const outcomeCaptureV2ToV3: Migration = (record) => record;
