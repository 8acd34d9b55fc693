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


/** SG4a question 2: were the expressed outcomes achieved? */
export const OUTCOME_ACHIEVEMENT = ['fully', 'partially', 'not'] as const;
export type OutcomeAchievement = (typeof OUTCOME_ACHIEVEMENT)[number];


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


/** SG3a, where capacity was lacking: was support provided by an advocate, family or friend? */
export const CAPACITY_SUPPORT_PROVIDED = ['yes', 'no', 'dont-know', 'not-recorded'] as const;
export type CapacitySupportProvided = (typeof CAPACITY_SUPPORT_PROVIDED)[number];


/** SG2e: the risk outcome, where a risk was identified or the assessment was inconclusive. */
export const RISK_OUTCOME = ['remained', 'reduced', 'removed'] as const;
export type RiskOutcome = (typeof RISK_OUTCOME)[number];


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

export * from './sac-labels.js';
