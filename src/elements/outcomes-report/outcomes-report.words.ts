import { formatNumber } from '../../core/common-messages.js';
import { msg, str } from '../../core/locale.js';
import type { DisclosedCount } from '../../aggregate/report.js';
import type { AdvocacyStatus, ExpressedBy } from '../../schemas/outcome-capture.js';
import type { EnquiryResponse } from '../../schemas/review-close.js';
import type { ActionAndResult, AskedAboutOutcomes, LackedCapacity, OutcomeAchievement, RiskOutcome, RiskSource } from '../../schemas/sac-codes.js';

/** The words of the report: the SAC's categories in plain English and Welsh. */

/**
 * A count, percentage or median as English and Welsh write numbers (1,234.5; see `formatNumber`);
 * `[c]` stays as published.
 */
export function count(value: DisclosedCount): string {
  if (value === '[c]') return value;
  const [whole, fraction] = String(value).split('.');
  return formatNumber(+whole) + (fraction ? `.${fraction}` : '');
}

/** A count in a sentence: `[c]` read as words. */
export const countInWords = (value: DisclosedCount) => (value === '[c]' ? msg('fewer than 5', { id: 'or.fewer-than-five' }) : count(value));

export const askedLabel = (code: AskedAboutOutcomes) =>
  ({
    'asked-expressed': msg('Asked, and said what they wanted', { id: 'or.asked.expressed' }),
    'asked-not-expressed': msg('Asked, but did not say what they wanted', { id: 'or.asked.not-expressed' }),
    'not-asked': msg('Not asked', { id: 'or.asked.not-asked' }),
    'dont-know': msg('Don’t know', { id: 'or.dont-know' }),
    'not-recorded': msg('Not recorded', { id: 'or.not-recorded' }),
  })[code];

export const achievedLabel = (code: OutcomeAchievement) =>
  ({
    fully: msg('Fully achieved', { id: 'or.achieved.fully' }),
    partially: msg('Partly achieved', { id: 'or.achieved.partially' }),
    not: msg('Not achieved', { id: 'or.achieved.not' }),
  })[code];

export const capacityLabel = (code: LackedCapacity) =>
  code === 'yes'
    ? msg('Lacked capacity', { id: 'or.capacity.yes' })
    : code === 'no'
      ? msg('Did not lack capacity', { id: 'or.capacity.no' })
      : code === 'dont-know'
        ? msg('Don’t know', { id: 'or.dont-know' })
        : msg('Not recorded', { id: 'or.not-recorded' });

export const sourceLabel = (source: RiskSource) =>
  ({
    'service-provider': msg('Risk from a service provider', { id: 'or.source.service-provider' }),
    'known-to-individual': msg('Risk from someone known to the person', { id: 'or.source.known' }),
    'unknown-to-individual': msg('Risk from someone unknown to the person', { id: 'or.source.unknown' }),
    'not-recorded': msg('Source of risk not recorded', { id: 'or.source.not-recorded' }),
  })[source];

export const actionLabel = (code: ActionAndResult) =>
  ({
    'risk-identified-action-taken': msg('Risk found, action taken', { id: 'or.action.identified-action' }),
    'risk-identified-no-action-taken': msg('Risk found, no action taken', { id: 'or.action.identified-no-action' }),
    'assessment-inconclusive-action-taken': msg('Not clear if there was a risk, action taken', { id: 'or.action.inconclusive-action' }),
    'assessment-inconclusive-no-action-taken': msg('Not clear if there was a risk, no action taken', { id: 'or.action.inconclusive-no-action' }),
    'no-risk-identified-action-taken': msg('No risk found, action taken', { id: 'or.action.none-action' }),
    'no-risk-identified-no-action-taken': msg('No risk found, no action taken', { id: 'or.action.none-no-action' }),
    'ceased-at-request-no-action-taken': msg('Stopped at the person’s request, no action taken', { id: 'or.action.ceased' }),
  })[code];

export const riskOutcomeLabel = (code: RiskOutcome) =>
  ({
    remained: msg('Risk remained', { id: 'or.risk.remained' }),
    reduced: msg('Risk reduced', { id: 'or.risk.reduced' }),
    removed: msg('Risk removed', { id: 'or.risk.removed' }),
  })[code];

export const expressedByLabel = (code: ExpressedBy | 'not-recorded') =>
  ({
    person: msg('The person', { id: 'or.by.person' }),
    representative: msg('A representative', { id: 'or.by.representative' }),
    advocate: msg('An advocate', { id: 'or.by.advocate' }),
    imca: msg('An IMCA', { id: 'or.by.imca' }),
    'best-interests-decision': msg('A best-interests decision', { id: 'or.by.best-interests' }),
    'not-recorded': msg('Not recorded', { id: 'or.not-recorded' }),
  })[code];

export const advocacyLabel = (code: AdvocacyStatus | 'not-recorded') =>
  ({
    provided: msg('Advocacy provided', { id: 'or.advocacy.provided' }),
    'offered-declined': msg('Advocacy offered and declined', { id: 'or.advocacy.declined' }),
    'not-available': msg('Advocacy not available', { id: 'or.advocacy.not-available' }),
    'not-needed': msg('Advocacy not needed', { id: 'or.advocacy.not-needed' }),
    'not-recorded': msg('Advocacy not recorded', { id: 'or.advocacy.not-recorded' }),
  })[code];

export const responseLabel = (code: EnquiryResponse | 'none') =>
  ({
    'family-group-conference': msg('Family group conference', { id: 'or.response.fgc' }),
    'network-meeting': msg('Network meeting', { id: 'or.response.network' }),
    mediation: msg('Mediation', { id: 'or.response.mediation' }),
    'restorative-approach': msg('Restorative approach', { id: 'or.response.restorative' }),
    'coaching-or-peer-support': msg('Coaching or peer support', { id: 'or.response.coaching' }),
    other: msg('Another way of working', { id: 'or.response.other' }),
    none: msg('None recorded', { id: 'or.response.none' }),
  })[code];

/** The person's answer to "did you get the outcomes you wanted?", or that they were not asked it. */
export const gotOutcomesLabel = (answer: 'yes' | 'partly' | 'no' | 'not-sure' | 'skipped' | 'not-asked') =>
  ({
    yes: msg('yes', { id: 'or.got.yes' }),
    partly: msg('partly', { id: 'or.got.partly' }),
    no: msg('no', { id: 'or.got.no' }),
    'not-sure': msg('not sure', { id: 'or.got.not-sure' }),
    skipped: msg('skipped the question', { id: 'or.got.skipped' }),
    'not-asked': msg('not asked', { id: 'or.got.not-asked' }),
  })[answer];

/** The default questions by id; a council's own question shows its id. */
export const questionLabel = (id: string) =>
  ({
    'in-control': msg('I felt in control', { id: 'or.q.in-control' }),
    'kept-informed': msg('I was kept informed', { id: 'or.q.kept-informed' }),
    involved: msg('I was involved', { id: 'or.q.involved' }),
    'listened-to': msg('I was listened to', { id: 'or.q.listened-to' }),
    'dignity-and-respect': msg('I was treated with dignity and respect', { id: 'or.q.dignity' }),
    'feel-safer': msg('I feel safer', { id: 'or.q.feel-safer' }),
    'got-outcomes': msg('I got the outcomes I wanted', { id: 'or.q.got-outcomes' }),
  })[id] ?? id;

export const thisPeriod = () => msg('This period', { id: 'or.this-period' });
export const previousPeriod = () => msg('Year before', { id: 'or.previous-period' });

export const ofTotal = (part: string, whole: string, percent?: string) =>
  percent === undefined ? msg(str`${part} of ${whole}`, { id: 'or.share-no-percent' }) : msg(str`${part} of ${whole} (${percent}%)`, { id: 'or.share' });
