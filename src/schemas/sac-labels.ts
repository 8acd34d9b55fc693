import type { ActionAndResult, AskedAboutOutcomes, CapacitySupportProvided, LackedCapacity, OutcomeAchievement, RiskOutcome, SacRiskSource } from './sac-codes.js';

/**
 * The SAC's exact label for each code, as returns and the CSV use them. Kept apart from the codes
 * so that an element, which shows its own words, does not load them.
 */
export const ASKED_ABOUT_OUTCOMES_SAC_LABELS: Readonly<Record<AskedAboutOutcomes, string>> = {
  'asked-expressed': 'Yes they were asked and outcomes were expressed',
  'asked-not-expressed': 'Yes they were asked but no outcomes were expressed',
  'not-asked': 'No',
  'dont-know': "Don't Know",
  'not-recorded': 'Not Recorded',
};

export const OUTCOME_ACHIEVEMENT_SAC_LABELS: Readonly<Record<OutcomeAchievement, string>> = {
  fully: 'Fully Achieved',
  partially: 'Partially Achieved',
  not: 'Not Achieved',
};

export const LACKED_CAPACITY_SAC_LABELS: Readonly<Record<LackedCapacity, string>> = {
  yes: 'Yes, they lacked capacity',
  no: 'No, they did not lack capacity',
  'dont-know': "Don't know",
  'not-recorded': 'Not recorded',
};

export const CAPACITY_SUPPORT_PROVIDED_SAC_LABELS: Readonly<
  Record<CapacitySupportProvided, string>
> = {
  yes: 'Yes, they were supported by an advocate, family or friend',
  no: 'No, they were not supported by an advocate, family or friend',
  'dont-know': "Don't know",
  'not-recorded': 'Not recorded',
};

export const RISK_OUTCOME_SAC_LABELS: Readonly<Record<RiskOutcome, string>> = {
  remained: 'Risk remained',
  reduced: 'Risk reduced',
  removed: 'Risk removed',
};

export const ACTION_AND_RESULT_SAC_LABELS: Readonly<Record<ActionAndResult, string>> = {
  'risk-identified-action-taken': 'Risk identified and action taken',
  'risk-identified-no-action-taken': 'Risk identified and no action taken',
  'assessment-inconclusive-action-taken': 'Risk Assessment inconclusive and action taken',
  'assessment-inconclusive-no-action-taken': 'Risk Assessment inconclusive and no action taken',
  'no-risk-identified-action-taken': 'No risk identified and action taken',
  'no-risk-identified-no-action-taken': 'No risk identified and no action taken',
  'ceased-at-request-no-action-taken': "Enquiry ceased at individual's request and no action taken",
};

export const RISK_SOURCE_SAC_LABELS: Readonly<Record<SacRiskSource, string>> = {
  'service-provider': 'Service Provider',
  'known-to-individual': 'Other - Known to Individual',
  'unknown-to-individual': 'Other - Unknown to Individual',
};
