import { formatNumber } from '../../core/common-messages.js';
import type { FieldError } from '../../core/error-summary.js';
import { dateFieldId, dateProblem, dateProblemMessage, type DateProblem } from '../../core/fields.js';
import { msg, str } from '../../core/locale.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { LIMITS } from '../../schemas/limits.js';
import type { WorkingOutcomeCapture, OutcomeCaptureView } from './outcome-capture.state.js';

/** The id of each control in the shadow root; error summary links and validity anchors use them. */
export const FIELD = {
  asked: 'asked',
  notAskedReason: 'not-asked-reason',
  expressedBy: 'expressed-by',
  addOutcome: 'add-outcome',
  conversationDate: 'conversation-date',
  conversationMethod: 'conversation-method',
  communicationSupport: 'communication-support',
  communicationSupportOther: 'communication-support-other',
  informationGiven: 'information-given',
  lackedCapacity: 'lacked-capacity',
  capacityDecision: 'capacity-decision',
  supportProvided: 'support-provided',
  supportedBy: 'supported-by',
  meetingParticipation: 'meeting-participation',
  advocacy: 'advocacy',
  advocates: 'advocates',
  outcomeWords: (id: string) => `outcome-${id}-words`,
  outcomeReason: (id: string) => `outcome-${id}-reason`,
  outcomeWithdrawReason: (id: string) => `outcome-${id}-withdraw-reason`,
  outcomeArea: (id: string) => `outcome-${id}-area`,
} as const;

const tooLong = (max: number) => msg(str`This must be ${formatNumber(max)} characters or fewer`, { id: 'oc.error.too-long' });

/**
 * What a schema issue means to the person filling in the form, and which field it belongs to.
 * Undefined for a problem no field shows (part of a saved value the form cannot display).
 */
export function outcomeCaptureFieldError(
  issue: RecordIssue,
  record: WorkingOutcomeCapture,
  view: OutcomeCaptureView,
): FieldError | undefined {
  const [first, second] = issue.path;
  switch (first) {
    case 'asked':
      return {
        fieldId: FIELD.asked,
        message: msg('Select whether the person was asked what they want to happen', { id: 'oc.error.asked' }),
      };
    case 'notAskedReason':
      return { fieldId: FIELD.notAskedReason, message: tooLong(LIMITS.reasonLength) };
    case 'expressedBy':
      return {
        fieldId: FIELD.expressedBy,
        message: msg('Select who said what the person wants to happen', { id: 'oc.error.expressed-by' }),
      };
    case 'informationGiven':
      return {
        fieldId: FIELD.informationGiven,
        message: msg('Select whether the person was given information about safeguarding', { id: 'oc.error.information-given' }),
      };
    case 'meetingParticipation':
      return {
        fieldId: FIELD.meetingParticipation,
        message: msg('Select how the person wants to take part in meetings', { id: 'oc.error.meeting' }),
      };
    case 'advocacy':
      return second === 'by'
        ? { fieldId: FIELD.advocates, message: msg('Select who helped them speak up', { id: 'oc.error.advocates' }) }
        : {
            fieldId: FIELD.advocacy,
            message: msg('Select whether the person had someone to help them speak up', { id: 'oc.error.advocacy' }),
          };
    case 'conversation':
      return conversationError(issue, second, view);
    case 'capacity':
      return capacityError(second, issue.code === 'too_big');
    case 'outcomes':
      return outcomesError(issue, record, view);
    default:
      // The envelope comes from the page, not the person: say so rather than point at a field.
      return {
        fieldId: FIELD.asked,
        message: msg('This form was set up with details it cannot use. Contact the team who run this page.', {
          id: 'oc.error.envelope',
        }),
      };
  }
}

function conversationError(issue: RecordIssue, field: unknown, view: OutcomeCaptureView): FieldError {
  if (field === 'method') {
    return { fieldId: FIELD.conversationMethod, message: msg('Select how you talked with the person', { id: 'oc.error.method' }) };
  }
  if (field === 'communicationSupportOther') {
    return { fieldId: FIELD.communicationSupportOther, message: tooLong(LIMITS.shortTextLength) };
  }
  if (field === 'communicationSupport') {
    return { fieldId: FIELD.communicationSupport, message: msg('Select the support that was used', { id: 'oc.error.support' }) };
  }
  const problem: DateProblem = issue.rule === 'date-in-future' ? { kind: 'future' } : (dateProblem(view.conversationDate) ?? { kind: 'missing' });
  return dateError(problem);
}

/** A problem with the conversation date, in GOV.UK's wording, linked to the first box at fault. */
function dateError(problem: DateProblem): FieldError {
  const first = problem.kind === 'incomplete' ? problem.missing[0] : problem.kind === 'not-real' ? problem.parts[0] : 'day';
  return {
    fieldId: dateFieldId(FIELD.conversationDate, first),
    field: FIELD.conversationDate,
    message:
      problem.kind === 'missing'
        ? msg('Enter the date you talked with the person', { id: 'oc.error.date-missing' })
        : dateProblemMessage(problem, msg('The date you talked with the person', { id: 'oc.date.what' })),
  };
}

function capacityError(field: unknown, isTooLong: boolean): FieldError {
  if (field === 'decision') return { fieldId: FIELD.capacityDecision, message: tooLong(LIMITS.shortTextLength) };
  if (field === 'supportedBy') {
    return { fieldId: FIELD.supportedBy, message: msg('Select who supported them', { id: 'oc.error.supported-by' }) };
  }
  if (field === 'supportProvided' && !isTooLong) {
    return {
      fieldId: FIELD.supportProvided,
      message: msg('Select whether an advocate, family member or friend supported the person', { id: 'oc.error.support-provided' }),
    };
  }
  return { fieldId: FIELD.lackedCapacity, message: msg('Select whether the person lacked capacity', { id: 'oc.error.capacity' }) };
}

function outcomesError(issue: RecordIssue, record: WorkingOutcomeCapture, view: OutcomeCaptureView): FieldError | undefined {
  const [, index, field, detail, part] = issue.path;
  if (typeof index !== 'number') {
    return {
      fieldId: FIELD.addOutcome,
      message:
        issue.code === 'too_big'
          ? msg(str`You can write down up to ${formatNumber(LIMITS.outcomes)} things`, { id: 'oc.error.too-many' })
          : msg('Write down at least one thing the person wants to happen', { id: 'oc.error.outcomes-required' }),
    };
  }
  const outcome = record.outcomes[index];
  if (!outcome) return undefined;
  const number = formatNumber(index + 1);
  if (field === 'withdrawn' && !outcome.withdrawn) {
    // Only outcomes no longer wanted may stay when the person did not say what they want.
    return {
      fieldId: FIELD.asked,
      message: msg(
        'You said the person did not say what they want, but something they want is written down. Remove it, or change your answer',
        { id: 'oc.error.outcomes-not-expected' },
      ),
    };
  }
  if (field === 'withdrawn') {
    if (!view.withdrawing.includes(outcome.id)) return undefined;
    return {
      fieldId: FIELD.outcomeWithdrawReason(outcome.id),
      message:
        issue.code === 'too_big'
          ? tooLong(LIMITS.reasonLength)
          : msg(str`Say why the person no longer wants this (${number})`, { id: 'oc.error.withdraw-reason' }),
    };
  }
  if (field === 'history') {
    const isChangeBeingWritten = view.changing.includes(outcome.id) && detail === outcome.history.length - 1 && part === 'reason';
    if (!isChangeBeingWritten) return undefined;
    return {
      fieldId: FIELD.outcomeReason(outcome.id),
      message:
        issue.code === 'too_big'
          ? tooLong(LIMITS.reasonLength)
          : msg(str`Say why what the person wants has changed (number ${number})`, { id: 'oc.error.change-reason' }),
    };
  }
  if (field === 'area') return { fieldId: FIELD.outcomeArea(outcome.id), message: msg('Select an area', { id: 'oc.error.area' }) };
  if (field !== 'words') return undefined;
  if (outcome.withdrawn && !view.withdrawing.includes(outcome.id)) return undefined;
  return {
    fieldId: FIELD.outcomeWords(outcome.id),
    message:
      issue.code === 'too_big'
        ? tooLong(LIMITS.wordsLength)
        : msg(str`Write what the person wants to happen (${number}), in their own words`, { id: 'oc.error.words' }),
  };
}
