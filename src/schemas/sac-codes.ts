/**
 * Codes used in records for the national Safeguarding Adults Collection (SAC) questions, each
 * mapped to the exact label the SAC uses. Records store the code; returns use the label.
 */

/** SG4a question 1: "Was the individual or individual's representative asked what their desired outcomes were?" */
export const ASKED_ABOUT_OUTCOMES = [
  'asked-expressed',
  'asked-not-expressed',
  'not-asked',
  'dont-know',
  'not-recorded',
] as const;
export type AskedAboutOutcomes = (typeof ASKED_ABOUT_OUTCOMES)[number];

export const ASKED_ABOUT_OUTCOMES_SAC_LABELS: Readonly<Record<AskedAboutOutcomes, string>> = {
  'asked-expressed': 'Yes they were asked and outcomes were expressed',
  'asked-not-expressed': 'Yes they were asked but no outcomes were expressed',
  'not-asked': 'No',
  'dont-know': "Don't Know",
  'not-recorded': 'Not Recorded',
};

/** SG4a question 2: were the expressed outcomes achieved? */
export const OUTCOME_ACHIEVEMENT = ['fully', 'partially', 'not'] as const;
export type OutcomeAchievement = (typeof OUTCOME_ACHIEVEMENT)[number];

export const OUTCOME_ACHIEVEMENT_SAC_LABELS: Readonly<Record<OutcomeAchievement, string>> = {
  fully: 'Fully Achieved',
  partially: 'Partially Achieved',
  not: 'Not Achieved',
};

/**
 * The enquiry-level answer to SG4a question 2 that the outcome results suggest: all fully achieved,
 * fully; all not achieved, not; otherwise partially. Undefined without a result.
 */
export function rolledUpAchievement(achieved: readonly unknown[]): OutcomeAchievement | undefined {
  if (!achieved.length) return undefined;
  if (achieved.every((code) => code === 'fully')) return 'fully';
  if (achieved.every((code) => code === 'not')) return 'not';
  return 'partially';
}

/** SG3a: did the individual lack capacity? SG3a spells its labels "Don't know" and "Not recorded"; SG4a capitalises them. */
export const LACKED_CAPACITY = ['yes', 'no', 'dont-know', 'not-recorded'] as const;
export type LackedCapacity = (typeof LACKED_CAPACITY)[number];

export const LACKED_CAPACITY_SAC_LABELS: Readonly<Record<LackedCapacity, string>> = {
  yes: 'Yes, they lacked capacity',
  no: 'No, they did not lack capacity',
  'dont-know': "Don't know",
  'not-recorded': 'Not recorded',
};

/** SG3a, where capacity was lacking: was support provided by an advocate, family or friend? */
export const CAPACITY_SUPPORT_PROVIDED = ['yes', 'no', 'dont-know', 'not-recorded'] as const;
export type CapacitySupportProvided = (typeof CAPACITY_SUPPORT_PROVIDED)[number];

export const CAPACITY_SUPPORT_PROVIDED_SAC_LABELS: Readonly<
  Record<CapacitySupportProvided, string>
> = {
  yes: 'Yes, they were supported by an advocate, family or friend',
  no: 'No, they were not supported by an advocate, family or friend',
  'dont-know': "Don't know",
  'not-recorded': 'Not recorded',
};

/** SG2e: the risk outcome, where a risk was identified or the assessment was inconclusive. */
export const RISK_OUTCOME = ['remained', 'reduced', 'removed'] as const;
export type RiskOutcome = (typeof RISK_OUTCOME)[number];

export const RISK_OUTCOME_SAC_LABELS: Readonly<Record<RiskOutcome, string>> = {
  remained: 'Risk remained',
  reduced: 'Risk reduced',
  removed: 'Risk removed',
};

/** SG2c: what was done about the risk, and what was found. */
export const ACTION_AND_RESULT = [
  'risk-identified-action-taken',
  'risk-identified-no-action-taken',
  'assessment-inconclusive-action-taken',
  'assessment-inconclusive-no-action-taken',
  'no-risk-identified-action-taken',
  'no-risk-identified-no-action-taken',
  'ceased-at-request-no-action-taken',
] as const;
export type ActionAndResult = (typeof ACTION_AND_RESULT)[number];

export const ACTION_AND_RESULT_SAC_LABELS: Readonly<Record<ActionAndResult, string>> = {
  'risk-identified-action-taken': 'Risk identified and action taken',
  'risk-identified-no-action-taken': 'Risk identified and no action taken',
  'assessment-inconclusive-action-taken': 'Risk Assessment inconclusive and action taken',
  'assessment-inconclusive-no-action-taken': 'Risk Assessment inconclusive and no action taken',
  'no-risk-identified-action-taken': 'No risk identified and action taken',
  'no-risk-identified-no-action-taken': 'No risk identified and no action taken',
  'ceased-at-request-no-action-taken': "Enquiry ceased at individual's request and no action taken",
};

/** The SG2c answers that call for a risk outcome (SG2e): a risk was identified, or the assessment was inconclusive, and action was taken. */
export const ACTION_AND_RESULT_WITH_RISK_OUTCOME = [
  'risk-identified-action-taken',
  'assessment-inconclusive-action-taken',
] as const satisfies readonly ActionAndResult[];

/**
 * Source of risk, as the SAC counts SG2c and SG2e: once for each source of risk in a concluded
 * enquiry. `not-recorded` is not a SAC code: a record made before the source was asked keeps its
 * risk result under it until someone says where the risk came from.
 */
export const SAC_RISK_SOURCES = ['service-provider', 'known-to-individual', 'unknown-to-individual'] as const;
export type SacRiskSource = (typeof SAC_RISK_SOURCES)[number];

export const RISK_SOURCES = [...SAC_RISK_SOURCES, 'not-recorded'] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];

export const RISK_SOURCE_SAC_LABELS: Readonly<Record<SacRiskSource, string>> = {
  'service-provider': 'Service Provider',
  'known-to-individual': 'Other - Known to Individual',
  'unknown-to-individual': 'Other - Unknown to Individual',
};
