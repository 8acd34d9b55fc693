import { emptyDateParts, partsFromIsoDate, type DateParts } from '../../core/fields.js';
import type { Loaded, RecordEnvelope } from '../../core/form-element.js';
import {
  asObject,
  code,
  codeList,
  envelopeReaders,
  isText,
  list,
  readFields,
  text,
  UUID,
  withDefaults,
  type FieldReader,
  type Loose,
} from '../../core/read-fields.js';
import { keepAside, type SetAside } from '../../core/set-aside.js';
import { newId, nowWithOffset } from '../../core/time.js';
import { LIMITS } from '../../schemas/limits.js';
import {
  ADVOCACY_STATUS,
  ADVOCATES,
  CAPACITY_SUPPORTERS,
  COMMUNICATION_SUPPORT,
  CONVERSATION_METHODS,
  EXPRESSED_BY,
  INFORMATION_GIVEN,
  MEETING_PARTICIPATION,
  OUTCOME_AREAS,
  type Advocate,
  type AdvocacyStatus,
  type CapacitySupporter,
  type CommunicationSupport,
  type ConversationMethod,
  type ExpressedBy,
  type InformationGiven,
  type MeetingParticipation,
  type OutcomeArea,
  type OutcomeChange,
  type OutcomeWithdrawal,
} from '../../schemas/outcome-capture.js';
import {
  ASKED_ABOUT_OUTCOMES,
  CAPACITY_SUPPORT_PROVIDED,
  LACKED_CAPACITY,
  type AskedAboutOutcomes,
  type CapacitySupportProvided,
  type LackedCapacity,
} from '../../schemas/sac-codes.js';

/**
 * An outcome-capture record as it is being edited: the record's own shape, with every answer
 * optional until it is given. A valid record is one of these as it stands.
 */
export interface WorkingOutcomeCapture extends RecordEnvelope {
  asked?: AskedAboutOutcomes;
  notAskedReason?: string;
  expressedBy?: ExpressedBy;
  conversation?: WorkingConversation;
  informationGiven?: InformationGiven;
  capacity: WorkingCapacity;
  meetingParticipation?: MeetingParticipation;
  advocacy?: WorkingAdvocacy;
  outcomes: WorkingOutcome[];
}

export interface WorkingAdvocacy {
  status?: AdvocacyStatus;
  by?: Advocate[];
}

export interface WorkingConversation {
  date?: string;
  method?: ConversationMethod;
  communicationSupport: CommunicationSupport[];
  communicationSupportOther?: string;
}

export interface WorkingCapacity {
  lacked?: LackedCapacity;
  decision?: string;
  supportProvided?: CapacitySupportProvided;
  supportedBy?: CapacitySupporter[];
}

export interface WorkingOutcome {
  id: string;
  words: string;
  area?: OutcomeArea;
  firstRecordedAt: string;
  history: OutcomeChange[];
  withdrawn?: OutcomeWithdrawal;
}

/** What only the screen needs beside the record. Plain data, so drafts and form restore keep it. */
export interface OutcomeCaptureView {
  /** Answers that stopped applying when an earlier answer changed, kept to bring back. */
  aside: SetAside;
  /** The conversation date's boxes, as typed. */
  conversationDate: DateParts;
  /** Outcomes added since the record was last saved: their words change freely, and Remove deletes them. */
  added: string[];
  /** Saved outcomes whose words changed since: the last entry of their history is this change. */
  changing: string[];
  /** Saved outcomes the person no longer wants, said since: their `withdrawn` is being written. */
  withdrawing: string[];
}

export const wasAsked = (asked: AskedAboutOutcomes | undefined) =>
  asked === 'asked-expressed' || asked === 'asked-not-expressed';

export function newOutcomeCaptureFields(): Omit<WorkingOutcomeCapture, keyof RecordEnvelope> {
  return { capacity: {}, outcomes: [] };
}

export function newOutcome(): WorkingOutcome {
  return { id: newId(), words: '', firstRecordedAt: nowWithOffset(), history: [] };
}

function viewOf(record: WorkingOutcomeCapture, aside: SetAside = {}): OutcomeCaptureView {
  return {
    aside,
    conversationDate: partsFromIsoDate(record.conversation?.date),
    added: [],
    changing: [],
    withdrawing: [],
  };
}

/**
 * A record to edit. A valid one is kept exactly as given. From one that failed the schema, each
 * field of the right type is kept as given, anything else is left out, and answers that do not
 * apply given the earlier answers are set aside. At most a bounded number of outcomes are read,
 * so a hostile value cannot freeze the page.
 */
export function loadOutcomeCapture(value: Record<string, unknown>, valid: boolean): Loaded<WorkingOutcomeCapture, OutcomeCaptureView> {
  if (valid) {
    const record = value as unknown as WorkingOutcomeCapture;
    return { record, view: viewOf(record) };
  }
  const record = readOutcomeCapture(value);
  const aside: SetAside = {};
  placeAnswers(record, aside);
  return { record, view: viewOf(record, aside) };
}

/** Moves answers that do not apply, given the answers they depend on, aside; and brings back those that do. */
export function placeAnswers(record: WorkingOutcomeCapture, aside: SetAside): void {
  keepAside(record, 'notAskedReason', record.asked === 'not-asked', aside);
  keepAside(record, 'expressedBy', record.asked === 'asked-expressed', aside);
  keepAside(record, 'conversation', wasAsked(record.asked), aside);
  if (wasAsked(record.asked)) record.conversation ??= { communicationSupport: [] };
  const conversation = record.conversation;
  if (conversation) {
    keepAside(conversation, 'communicationSupportOther', conversation.communicationSupport.includes('other'), aside);
  }
  const capacity = record.capacity;
  const lacked = capacity.lacked === 'yes';
  keepAside(capacity, 'decision', lacked, aside, 'capacity.decision');
  keepAside(capacity, 'supportProvided', lacked, aside, 'capacity.supportProvided');
  keepAside(capacity, 'supportedBy', lacked && capacity.supportProvided === 'yes', aside, 'capacity.supportedBy');
  if (record.advocacy) keepAside(record.advocacy, 'by', record.advocacy.status === 'provided', aside, 'advocacy.by');
}

// ——— reading a record that failed the schema ———

const readChange: FieldReader = (value) =>
  withDefaults(readFields(value, { changedAt: text, previousWords: text, reason: text }), { changedAt: '', previousWords: '', reason: '' });

const readOutcome = (value: unknown): WorkingOutcome => {
  const outcome = readFields(value, {
    id: (id) => (isText(id) && UUID.test(id) ? id : undefined),
    words: text,
    area: code(OUTCOME_AREAS),
    firstRecordedAt: text,
    history: list(readChange, LIMITS.historyEntries * 2),
    withdrawn: (withdrawn) =>
      isText(asObject(withdrawn).withdrawnAt) ? withDefaults(readFields(withdrawn, { withdrawnAt: text, reason: text }), { reason: '' }) : undefined,
  });
  return withDefaults(outcome, { id: newId(), words: '', firstRecordedAt: nowWithOffset(), history: [] as unknown[] }) as unknown as WorkingOutcome;
};

const recordReaders: Record<string, FieldReader> = {
  ...envelopeReaders,
  asked: code(ASKED_ABOUT_OUTCOMES),
  notAskedReason: text,
  expressedBy: code(EXPRESSED_BY),
  conversation: (conversation) =>
    conversation && typeof conversation === 'object'
      ? withDefaults(
          readFields(conversation, {
            date: text,
            method: code(CONVERSATION_METHODS),
            communicationSupport: codeList(COMMUNICATION_SUPPORT),
            communicationSupportOther: text,
          }),
          { communicationSupport: [] as unknown[] },
        )
      : undefined,
  informationGiven: code(INFORMATION_GIVEN),
  capacity: (capacity) =>
    readFields(capacity, {
      lacked: code(LACKED_CAPACITY),
      decision: text,
      supportProvided: code(CAPACITY_SUPPORT_PROVIDED),
      supportedBy: codeList(CAPACITY_SUPPORTERS),
    }),
  meetingParticipation: code(MEETING_PARTICIPATION),
  // Who the advocate was means nothing without whether there was one: read only with a status.
  advocacy: (advocacy) =>
    code(ADVOCACY_STATUS)(asObject(advocacy).status) ? readFields(advocacy, { status: code(ADVOCACY_STATUS), by: codeList(ADVOCATES) }) : undefined,
  outcomes: list(readOutcome, LIMITS.outcomes * 2),
};

function readOutcomeCapture(value: Loose): WorkingOutcomeCapture {
  const record = readFields(value, recordReaders) as Partial<WorkingOutcomeCapture>;
  record.capacity ??= {};
  record.outcomes ??= [];
  return record as WorkingOutcomeCapture;
}

/** The view from this element's own snapshot, checked field by field. */
export function reviveOutcomeCaptureView(snapshot: unknown, record: WorkingOutcomeCapture): OutcomeCaptureView | undefined {
  const saved = asObject(snapshot);
  const ids = new Set(record.outcomes.map((outcome) => outcome.id));
  const idList = (value: unknown) => (Array.isArray(value) ? value.filter((id): id is string => ids.has(id as string)) : []);
  return {
    aside: asObject(saved.aside),
    conversationDate: { ...emptyDateParts(), ...readFields(saved.conversationDate, { day: text, month: text, year: text }) },
    added: idList(saved.added),
    changing: idList(saved.changing),
    withdrawing: idList(saved.withdrawing),
  };
}

export function isEmptyOutcomeCapture(record: WorkingOutcomeCapture, view: OutcomeCaptureView): boolean {
  const conversation = record.conversation;
  const date = view.conversationDate;
  return (
    !record.asked &&
    !record.notAskedReason &&
    !record.expressedBy &&
    (!conversation || (!conversation.date && !conversation.method && conversation.communicationSupport.length === 0)) &&
    !date.day &&
    !date.month &&
    !date.year &&
    !record.informationGiven &&
    !record.capacity.lacked &&
    !record.meetingParticipation &&
    !record.advocacy &&
    record.outcomes.every((outcome) => !outcome.words.trim() && view.added.includes(outcome.id))
  );
}
