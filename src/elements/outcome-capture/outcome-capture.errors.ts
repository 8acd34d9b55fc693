import { formatNumber } from '../../core/common-messages.js';
import type { FieldError } from '../../core/error-summary.js';
import { msg, str } from '../../core/locale.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { LIMITS } from '../../schemas/limits.js';
import type { OutcomeCaptureState } from './outcome-capture.state.js';

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
  outcomeWords: (id: string) => `outcome-${id}-words`,
  outcomeReason: (id: string) => `outcome-${id}-reason`,
  outcomeWithdrawReason: (id: string) => `outcome-${id}-withdraw-reason`,
  outcomeArea: (id: string) => `outcome-${id}-area`,
} as const;

const tooLong = (max: number) =>
  msg(str`This must be ${formatNumber(max)} characters or fewer`, { id: 'oc.error.too-long' });

/** What a schema issue means to the person filling in the form, and which field it belongs to. */
export function outcomeCaptureFieldError(issue: RecordIssue, state: OutcomeCaptureState): FieldError | undefined {
  const [first, second, third, fourth] = issue.path;
  const isTooLong = issue.code === 'too_big';

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
        message: msg('Select whether the person was given information about safeguarding', {
          id: 'oc.error.information-given',
        }),
      };
    case 'meetingParticipation':
      return {
        fieldId: FIELD.meetingParticipation,
        message: msg('Select how the person wants to take part in meetings', { id: 'oc.error.meeting' }),
      };
    case 'conversation':
      if (issue.rule === 'date-in-future') {
        return {
          fieldId: FIELD.conversationDate,
          message: msg('The date you talked with the person must be today or in the past', { id: 'oc.error.date-future' }),
        };
      }
      return conversationError(second, isTooLong, state.conversationDate === '');
    case 'capacity':
      return capacityError(second, isTooLong);
    case 'outcomes':
      return outcomesError(issue, state, second, third, fourth);
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

function conversationError(field: unknown, isTooLong: boolean, dateMissing: boolean): FieldError {
  if (field === 'method') {
    return {
      fieldId: FIELD.conversationMethod,
      message: msg('Select how you talked with the person', { id: 'oc.error.method' }),
    };
  }
  if (field === 'communicationSupportOther') {
    return { fieldId: FIELD.communicationSupportOther, message: tooLong(LIMITS.shortTextLength) };
  }
  if (field === 'communicationSupport') {
    return {
      fieldId: FIELD.communicationSupport,
      message: msg('Select the support that was used', { id: 'oc.error.support' }),
    };
  }
  return {
    fieldId: FIELD.conversationDate,
    message:
      !dateMissing && !isTooLong
        ? msg('Enter a real date for when you talked with the person', { id: 'oc.error.date' })
        : msg('Enter the date you talked with the person', { id: 'oc.error.date-missing' }),
  };
}

function capacityError(field: unknown, isTooLong: boolean): FieldError {
  if (field === 'decision') {
    return { fieldId: FIELD.capacityDecision, message: tooLong(LIMITS.shortTextLength) };
  }
  if (field === 'supportProvided' || field === 'supportedBy') {
    return isTooLong
      ? { fieldId: FIELD.supportedBy, message: msg('Select who supported them', { id: 'oc.error.supported-by' }) }
      : {
          fieldId: FIELD.supportProvided,
          message: msg('Select whether an advocate, family member or friend supported the person', {
            id: 'oc.error.support-provided',
          }),
        };
  }
  return {
    fieldId: FIELD.lackedCapacity,
    message: msg('Select whether the person lacked capacity', { id: 'oc.error.capacity' }),
  };
}

function outcomesError(
  issue: RecordIssue,
  state: OutcomeCaptureState,
  index: unknown,
  field: unknown,
  detail: unknown,
): FieldError | undefined {
  if (typeof index !== 'number') {
    if (issue.rule === 'outcomes-not-expected') {
      return {
        fieldId: FIELD.asked,
        message: msg(
          'You said the person did not say what they want, but something they want is written down. Remove it, or change your answer',
          { id: 'oc.error.outcomes-not-expected' },
        ),
      };
    }
    return {
      fieldId: FIELD.addOutcome,
      message:
        issue.code === 'too_big'
          ? msg(str`You can write down up to ${formatNumber(LIMITS.outcomes)} things`, { id: 'oc.error.too-many' })
          : msg('Write down at least one thing the person wants to happen', { id: 'oc.error.outcomes-required' }),
    };
  }
  const outcome = state.outcomes[index];
  if (!outcome) return undefined;
  const number = formatNumber(index + 1);
  if (field === 'history') {
    if (detail !== undefined && issue.path[4] === 'reason') {
      return {
        fieldId: FIELD.outcomeReason(outcome.id),
        message:
          issue.code === 'too_big'
            ? tooLong(LIMITS.reasonLength)
            : msg(str`Say why what the person wants has changed (number ${number})`, { id: 'oc.error.change-reason' }),
      };
    }
    return { fieldId: FIELD.outcomeWords(outcome.id), message: wordsMissing(number) };
  }
  if (field === 'withdrawn') {
    return {
      fieldId: FIELD.outcomeWithdrawReason(outcome.id),
      message:
        issue.code === 'too_big'
          ? tooLong(LIMITS.reasonLength)
          : msg(str`Say why the person no longer wants this (${number})`, { id: 'oc.error.withdraw-reason' }),
    };
  }
  if (field === 'area') {
    return { fieldId: FIELD.outcomeArea(outcome.id), message: msg('Select an area', { id: 'oc.error.area' }) };
  }
  return {
    fieldId: FIELD.outcomeWords(outcome.id),
    message: issue.code === 'too_big' ? tooLong(LIMITS.wordsLength) : wordsMissing(number),
  };
}

const wordsMissing = (number: string) =>
  msg(str`Write what the person wants to happen (${number}), in their own words`, { id: 'oc.error.words' });
