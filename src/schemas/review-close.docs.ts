import { envelopeDocs, type RecordDocs } from './record-docs.js';
import {
  endingConversationSchema,
  newOutcomeSchema,
  outcomeResultSchema,
  outcomeReviewSchema,
  procedureSchema,
  riskResultSchema,
  riskResultsSchema,
} from './review-close.js';
import { outcomeWithdrawalSchema } from './outcome-capture.js';

export const reviewCloseDocs: RecordDocs = {
  title: 'msp.review-close record',
  description:
    'A review of what the person wants while safeguarding goes on, or the end of safeguarding: how far each outcome ' +
    'the person expressed was achieved (SAC SG4a), what was done about the risk from each source and what became of it ' +
    '(SG2c, SG2e), the conversation about ending, whether the person’s words may be quoted, feedback, the reasons for ' +
    'decisions and what happens next. Refers to the outcomes of one msp.outcome-capture record by id. One shape for ' +
    'each stage, and at closure for each answer to asked and to quoteConsent.',
  defs: {
    OutcomeReview: outcomeReviewSchema,
    NewOutcome: newOutcomeSchema,
    OutcomeResult: outcomeResultSchema,
    RiskResults: riskResultsSchema,
    RiskResult: riskResultSchema,
    Withdrawal: outcomeWithdrawalSchema,
    EndingConversation: endingConversationSchema,
    Procedure: procedureSchema,
  },
  fields: {
    record: {
      ...envelopeDocs,
      outcomeCaptureId: 'The id of the msp.outcome-capture record whose outcomes this record reviews or closes.',
      stage: 'review (a review of the outcomes on the way) or closure (the end of safeguarding).',
      outcomeReviews:
        'At a review: one entry for each outcome the person still wants, in the order of the outcome-capture record, up to 50.',
      newOutcomes:
        'At a review: things the person now wants that they had not said before, up to 50; may be empty. Only where ' +
        'stage is review, and only where the outcome-capture record’s asked is asked-expressed.',
      nextReviewDate: 'At a review: the date of the next review, e.g. 2027-01-12.',
      asked:
        'At closure: whether the person was asked what they wanted (SAC SG4a question 1), as in the outcome-capture ' +
        'record: asked-expressed, asked-not-expressed, not-asked, dont-know or not-recorded.',
      outcomeResults:
        'At closure, where asked is asked-expressed: how far each outcome the person still wanted was achieved, one ' +
        'entry for each, in the order of the outcome-capture record, up to 50. Elsewhere achievement does not apply.',
      concludedOn:
        'At closure: the calendar date the enquiry concluded, e.g. 2026-11-24. The SAC counts an enquiry in the year it concluded.',
      enquiryType:
        'At closure: which kind of enquiry concluded: section-42 (Care Act 2014, England; counted in the SAC), ' +
        'section-126 (Social Services and Well-being (Wales) Act 2014; reported to Welsh Government, not the SAC), ' +
        'other, or not-recorded (records made before this was asked).',
      overallAchieved:
        'At closure, where asked is asked-expressed: the enquiry’s one answer to SAC SG4a question 2, whether the ' +
        'outcomes the person expressed were achieved: fully, partially or not. The form proposes the roll-up of the ' +
        'outcome results (all fully: fully; all not: not; otherwise partially); the record keeps what was chosen. ' +
        'Elsewhere it does not apply.',
      risks:
        'At closure: what was done about the risk and what became of it, for each source of risk (SAC SG2c and SG2e ' +
        'are counted once for each source). At least one source.',
      responses:
        'At closure: ways of working used during the enquiry, each at most once, in the order chosen: ' +
        'family-group-conference, network-meeting, mediation, restorative-approach, coaching-or-peer-support, other. ' +
        'Absent: not recorded.',
      quoteConsent:
        'At closure: whether the person’s words from this enquiry (outcome words, comments, what got in the way) may be ' +
        'quoted without their name in reports to the Safeguarding Adults Board: yes, no or not-asked. Asked in the ' +
        'conversation about ending; a later record replaces it.',
      quoteConsentBy:
        'Who answered quoteConsent: person or representative. Present exactly where quoteConsent is yes or no.',
      ending: 'At closure: the conversation with the person about ending safeguarding.',
      feedback:
        'At closure: whether the person was asked how safeguarding felt: questionnaire-completed, offered-pending ' +
        '(offered, to be completed later), offered-declined or not-offered.',
      rationale:
        'At closure: why the decisions were made, in the practitioner’s words: 1 to 2,000 characters, not only white space.',
      procedure: 'At closure: whether the usual procedure was followed, and if not, why.',
      nextSteps: 'At closure: what happens next, 1 to 2,000 characters, not only white space.',
    },
    OutcomeReview: {
      outcomeId: 'The id of the outcome in the outcome-capture record.',
      progress: 'How it is going, in the person’s own words: 1 to 2,000 characters, not only white space.',
      changed: 'Whether the words of what the person wants have changed: true or false.',
      changedAt: 'When the words changed.',
      previousWords: 'The outcome’s words before the change, as in the outcome-capture record, up to 2,000 characters.',
      newWords:
        'What the person wants now, in their own words: 1 to 2,000 characters, not only white space, and not the same ' +
        'as previousWords once spaces at either end are trimmed (rule change-differs).',
      reason:
        'Why it changed, in the words of the person or of what happened: 1 to 1,000 characters, not only white space.',
      withdrawn:
        'Where the person no longer wants this outcome (changed is then false): when and why. applyReview copies it ' +
        'to the outcome in the outcome-capture record.',
    },
    Withdrawal: {
      withdrawnAt: 'When the person said they no longer want it.',
      reason: 'Why they no longer want it, in their words or of what happened: 1 to 1,000 characters, not only white space.',
    },
    RiskResults: {
      'service-provider': 'The risk from a service provider (SAC source of risk "Service Provider").',
      'known-to-individual': 'The risk from someone the person knows (SAC "Other - Known to Individual").',
      'unknown-to-individual': 'The risk from someone the person does not know (SAC "Other - Unknown to Individual").',
      'not-recorded':
        'The risk where the source was not recorded: records made before the source was asked. The form asks for the ' +
        'real source when the record is next edited. Not counted under any SAC source.',
    },
    NewOutcome: {
      id: 'A new UUID, which the outcome keeps in the outcome-capture record.',
      words: 'What the person wants, in their own words: 1 to 2,000 characters, not only white space.',
      firstRecordedAt: 'When it was first written down.',
    },
    OutcomeResult: {
      outcomeId: 'The id of the outcome in the outcome-capture record.',
      achieved: 'How far it was achieved (SAC SG4a question 2): fully, partially or not.',
      reason: 'Why the practitioner thinks so, in words to read back to the person, up to 1,000 characters.',
      personComment: 'What the person said about it, in their own words, up to 2,000 characters.',
      barriers: 'What got in the way, up to 2,000 characters.',
    },
    RiskResult: {
      actionAndResult:
        'What was done about the risk and what was found (SAC SG2c): risk-identified-action-taken, ' +
        'risk-identified-no-action-taken, assessment-inconclusive-action-taken, assessment-inconclusive-no-action-taken, ' +
        'no-risk-identified-action-taken, no-risk-identified-no-action-taken or ceased-at-request-no-action-taken.',
      riskOutcome:
        'What became of the risk (SAC SG2e): remained, reduced or removed. Required where actionAndResult is ' +
        'risk-identified-action-taken or assessment-inconclusive-action-taken.',
    },
    EndingConversation: {
      happened: 'Whether there was a conversation with the person about ending safeguarding: true or false.',
      date: 'The calendar date of the conversation, e.g. 2026-12-03. Required where happened is true.',
      method: 'How it took place: face-to-face, phone, video, meeting or other. Required where happened is true.',
      participants:
        'Who was there besides the practitioner, at least one, each at most once, in the order chosen: person, ' +
        'family-or-friend, representative, advocate, imca, paid-carer, other-professional. Required where happened is true.',
      whyNot: 'Why there was no conversation, up to 1,000 characters.',
    },
    Procedure: {
      followed: 'Whether the usual procedure was followed: true or false.',
      departure:
        'What was done differently and why: 1 to 2,000 characters, not only white space. Required where followed is false.',
    },
  },
};
