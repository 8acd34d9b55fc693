import type { EnvelopeParts } from '../../core/form-element.js';
import { newId, nowWithOffset } from '../../core/time.js';
import {
  CAPACITY_SUPPORTERS,
  COMMUNICATION_SUPPORT,
  CONVERSATION_METHODS,
  EXPRESSED_BY,
  INFORMATION_GIVEN,
  MEETING_PARTICIPATION,
  OUTCOME_AREAS,
  OUTCOME_CAPTURE_KIND,
  OUTCOME_CAPTURE_VERSION,
  type CapacitySupporter,
  type CommunicationSupport,
  type ConversationMethod,
  type ExpressedBy,
  type InformationGiven,
  type MeetingParticipation,
  type OutcomeArea,
  type OutcomeCaptureRecord,
  type OutcomeChange,
  type OutcomeWithdrawal,
} from '../../schemas/outcome-capture.js';
import { LIMITS } from '../../schemas/limits.js';
import {
  ASKED_ABOUT_OUTCOMES,
  CAPACITY_SUPPORT_PROVIDED,
  LACKED_CAPACITY,
  type AskedAboutOutcomes,
  type CapacitySupportProvided,
  type LackedCapacity,
} from '../../schemas/sac-codes.js';

/** One outcome as it is being edited. */
export interface OutcomeDraft {
  id: string;
  words: string;
  area?: OutcomeArea;
  firstRecordedAt: string;
  /** Changes already saved in the record the host gave. */
  history: OutcomeChange[];
  /** The words as saved; undefined for an outcome added in this edit, whose words change freely. */
  savedWords?: string;
  /** When the saved words were first changed in this edit. */
  changedAt?: string;
  changeReason: string;
  /** A withdrawal already saved in the record the host gave. */
  withdrawn?: OutcomeWithdrawal;
  /** A saved outcome the person no longer wants, in this edit. */
  withdrawing?: { at: string; reason: string };
}

/** Everything the element edits. Plain data, so drafts and the browser's form restore can keep it. */
export interface OutcomeCaptureState {
  asked?: AskedAboutOutcomes;
  notAskedReason: string;
  expressedBy?: ExpressedBy;
  conversationDate: string;
  conversationMethod?: ConversationMethod;
  communicationSupport: CommunicationSupport[];
  communicationSupportOther: string;
  informationGiven?: InformationGiven;
  lackedCapacity?: LackedCapacity;
  capacityDecision: string;
  supportProvided?: CapacitySupportProvided;
  supportedBy: CapacitySupporter[];
  meetingParticipation?: MeetingParticipation;
  outcomes: OutcomeDraft[];
}

export function emptyOutcomeCaptureState(): OutcomeCaptureState {
  return {
    notAskedReason: '',
    conversationDate: '',
    communicationSupport: [],
    communicationSupportOther: '',
    capacityDecision: '',
    supportedBy: [],
    outcomes: [],
  };
}

export function newOutcome(): OutcomeDraft {
  return { id: newId(), words: '', firstRecordedAt: nowWithOffset(), history: [], changeReason: '' };
}

export function isEmptyOutcomeCapture(state: OutcomeCaptureState): boolean {
  return (
    !state.asked &&
    !state.expressedBy &&
    !state.notAskedReason &&
    !state.conversationDate &&
    !state.conversationMethod &&
    state.communicationSupport.length === 0 &&
    !state.communicationSupportOther &&
    !state.informationGiven &&
    !state.lackedCapacity &&
    !state.capacityDecision &&
    !state.supportProvided &&
    state.supportedBy.length === 0 &&
    !state.meetingParticipation &&
    state.outcomes.every((outcome) => !outcome.words.trim() && outcome.savedWords === undefined)
  );
}

export const wasAsked = (asked: AskedAboutOutcomes | undefined) =>
  asked === 'asked-expressed' || asked === 'asked-not-expressed';

/** Whether an outcome's saved words have been changed in this edit. */
export const wordsChanged = (outcome: OutcomeDraft) =>
  outcome.savedWords !== undefined && outcome.words.trim() !== outcome.savedWords.trim();

const trimmed = (text: string) => text.trim();
const optionalText = (text: string) => (text.trim() ? text.trim() : undefined);

export function outcomeCaptureRecordFromState(
  state: OutcomeCaptureState,
  envelope: EnvelopeParts,
): OutcomeCaptureRecord {
  const record = {
    kind: OUTCOME_CAPTURE_KIND,
    version: OUTCOME_CAPTURE_VERSION,
    ...envelope,
    asked: state.asked,
    notAskedReason: state.asked === 'not-asked' ? optionalText(state.notAskedReason) : undefined,
    expressedBy: state.asked === 'asked-expressed' ? state.expressedBy : undefined,
    conversation: wasAsked(state.asked)
      ? {
          date: state.conversationDate,
          method: state.conversationMethod,
          communicationSupport: [...state.communicationSupport],
          communicationSupportOther: state.communicationSupport.includes('other')
            ? optionalText(state.communicationSupportOther)
            : undefined,
        }
      : undefined,
    informationGiven: state.informationGiven,
    capacity: {
      lacked: state.lackedCapacity,
      decision: state.lackedCapacity === 'yes' ? optionalText(state.capacityDecision) : undefined,
      supportProvided: state.lackedCapacity === 'yes' ? state.supportProvided : undefined,
      supportedBy:
        state.lackedCapacity === 'yes' && state.supportProvided === 'yes' && state.supportedBy.length
          ? [...state.supportedBy]
          : undefined,
    },
    meetingParticipation: state.meetingParticipation,
    outcomes: state.outcomes.map((outcome) => ({
      id: outcome.id,
      words: trimmed(outcome.words),
      area: outcome.area,
      firstRecordedAt: outcome.firstRecordedAt,
      history: wordsChanged(outcome)
        ? [
            ...outcome.history,
            {
              changedAt: outcome.changedAt ?? nowWithOffset(),
              previousWords: outcome.savedWords!,
              words: trimmed(outcome.words),
              reason: trimmed(outcome.changeReason),
            },
          ]
        : outcome.history,
      withdrawn:
        outcome.withdrawn ??
        (outcome.withdrawing
          ? { withdrawnAt: outcome.withdrawing.at, reason: trimmed(outcome.withdrawing.reason) }
          : undefined),
    })),
  };
  return withoutUndefined(record) as OutcomeCaptureRecord;
}

/** Drops undefined properties so the JSON and the schema see absent fields, not nulls. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    ) as T;
  }
  return value;
}

// ——— reading records, valid or not ———

type Loose = Record<string, unknown>;
const asObject = (value: unknown): Loose =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');
const asOption = <T extends string>(options: readonly T[], value: unknown): T | undefined =>
  options.includes(value as T) ? (value as T) : undefined;
const asOptions = <T extends string>(options: readonly T[], value: unknown): T[] =>
  Array.isArray(value) ? options.filter((option) => value.includes(option)) : [];

/**
 * Reads as much state as it can from a record, or from something that was meant to be one:
 * each field that has the right type is kept, anything else is left empty. At most a bounded
 * number of outcomes are read, so a hostile value cannot freeze the page.
 */
export function outcomeCaptureStateFromValue(value: unknown): OutcomeCaptureState {
  const record = asObject(value);
  const conversation = asObject(record.conversation);
  const capacity = asObject(record.capacity);
  const outcomes = Array.isArray(record.outcomes) ? record.outcomes.slice(0, LIMITS.outcomes * 2) : [];
  return {
    asked: asOption(ASKED_ABOUT_OUTCOMES, record.asked),
    notAskedReason: asText(record.notAskedReason),
    expressedBy: asOption(EXPRESSED_BY, record.expressedBy),
    conversationDate: asText(conversation.date),
    conversationMethod: asOption(CONVERSATION_METHODS, conversation.method),
    communicationSupport: asOptions(COMMUNICATION_SUPPORT, conversation.communicationSupport),
    communicationSupportOther: asText(conversation.communicationSupportOther),
    informationGiven: asOption(INFORMATION_GIVEN, record.informationGiven),
    lackedCapacity: asOption(LACKED_CAPACITY, capacity.lacked),
    capacityDecision: asText(capacity.decision),
    supportProvided: asOption(CAPACITY_SUPPORT_PROVIDED, capacity.supportProvided),
    supportedBy: asOptions(CAPACITY_SUPPORTERS, capacity.supportedBy),
    meetingParticipation: asOption(MEETING_PARTICIPATION, record.meetingParticipation),
    outcomes: outcomes.map(asObject).map((outcome) => {
      const words = asText(outcome.words);
      const withdrawn = asObject(outcome.withdrawn);
      return {
        id: asText(outcome.id) || newId(),
        words,
        savedWords: words,
        area: asOption(OUTCOME_AREAS, outcome.area),
        firstRecordedAt: asText(outcome.firstRecordedAt) || nowWithOffset(),
        history: Array.isArray(outcome.history)
          ? outcome.history.slice(0, LIMITS.historyEntries * 2).map(asObject).map((change) => ({
              changedAt: asText(change.changedAt),
              previousWords: asText(change.previousWords),
              words: asText(change.words),
              reason: asText(change.reason),
            }))
          : [],
        changeReason: '',
        withdrawn:
          typeof withdrawn.withdrawnAt === 'string'
            ? { withdrawnAt: withdrawn.withdrawnAt, reason: asText(withdrawn.reason) }
            : undefined,
      };
    }),
  };
}

/** State from this element's own snapshot (a draft or the browser's restore), checked field by field. */
export function reviveOutcomeCaptureState(snapshot: unknown): OutcomeCaptureState | undefined {
  const saved = asObject(snapshot);
  if (!Array.isArray(saved.outcomes)) return undefined;
  const state = outcomeCaptureStateFromValue({
    asked: saved.asked,
    notAskedReason: saved.notAskedReason,
    expressedBy: saved.expressedBy,
    conversation: {
      date: saved.conversationDate,
      method: saved.conversationMethod,
      communicationSupport: saved.communicationSupport,
      communicationSupportOther: saved.communicationSupportOther,
    },
    informationGiven: saved.informationGiven,
    capacity: {
      lacked: saved.lackedCapacity,
      decision: saved.capacityDecision,
      supportProvided: saved.supportProvided,
      supportedBy: saved.supportedBy,
    },
    meetingParticipation: saved.meetingParticipation,
    outcomes: saved.outcomes,
  });
  state.outcomes = state.outcomes.map((outcome, index) => {
    const draft = asObject((saved.outcomes as unknown[])[index]);
    const withdrawing = asObject(draft.withdrawing);
    return {
      ...outcome,
      savedWords: typeof draft.savedWords === 'string' ? draft.savedWords : undefined,
      changedAt: typeof draft.changedAt === 'string' ? draft.changedAt : undefined,
      changeReason: asText(draft.changeReason),
      withdrawing:
        typeof withdrawing.at === 'string' ? { at: withdrawing.at, reason: asText(withdrawing.reason) } : undefined,
    };
  });
  return state;
}
