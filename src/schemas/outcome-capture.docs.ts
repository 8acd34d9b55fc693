import {
  advocacySchema,
  capacitySchema,
  conversationSchema,
  outcomeChangeSchema,
  outcomeSchema,
  outcomeWithdrawalSchema,
  withdrawnOutcomeSchema,
} from './outcome-capture.js';
import { envelopeDocs, type RecordDocs } from './record-docs.js';

export const outcomeCaptureDocs: RecordDocs = {
  title: 'msp.outcome-capture record',
  description:
    'What the person wants to happen, in their own words, at the start of a safeguarding enquiry and as it changes; ' +
    'whether they were asked (SAC SG4a); their capacity and support (SAC SG3a); the conversation; whether they were ' +
    'given information; how they take part in meetings; whether they had an advocate. One shape for each answer to asked.',
  defs: {
    Outcome: outcomeSchema,
    WithdrawnOutcome: withdrawnOutcomeSchema,
    OutcomeChange: outcomeChangeSchema,
    OutcomeWithdrawal: outcomeWithdrawalSchema,
    Conversation: conversationSchema,
    Capacity: capacitySchema,
    Advocacy: advocacySchema,
  },
  fields: {
    record: {
      ...envelopeDocs,
      asked:
        'Whether the person was asked what they want to happen (SAC SG4a question 1): asked-expressed, ' +
        'asked-not-expressed, not-asked, dont-know or not-recorded.',
      notAskedReason: 'Why the person was not asked, up to 1,000 characters. Only where asked is not-asked.',
      expressedBy:
        'Who said what the person wants: person, representative, advocate, imca, or best-interests-decision. ' +
        'Required where asked is asked-expressed, and only there.',
      conversation: 'The conversation about what the person wants. Required where the person was asked, and only there.',
      informationGiven: 'Whether the person was given information about safeguarding: yes, no or not-recorded.',
      capacity: 'Whether the person lacked capacity, and the support they had (SAC SG3a).',
      meetingParticipation:
        'How the person takes part in safeguarding meetings: attends, represented, sends-written-views, sends-picture, ' +
        'declines or not-yet-known.',
      advocacy:
        'Whether the person had an advocate, whatever their capacity: provided (and by whom), offered-declined, ' +
        'not-available or not-needed. Apart from capacity.supportedBy, which answers SG3a for a person who lacked ' +
        'capacity; advocacy feeds no SAC cell. Absent: not recorded.',
      outcomes:
        'What the person wants to happen, up to 50. Where asked is asked-expressed, at least one; otherwise only ' +
        'outcomes recorded earlier and since withdrawn.',
    },
    Outcome: {
      id: 'Stable for the life of the outcome; unique within the record.',
      words:
        'What the person wants to happen, in their own words, now: 1 to 2,000 characters, not only white space. ' +
        'Always free text, never a choice from a list.',
      area:
        'The practitioner’s area for reporting: quality-of-life, safeguarding-process or desired-change. Never offered ' +
        'to the person as a choice.',
      firstRecordedAt: 'When the outcome was first written down.',
      history:
        'Earlier words and why they changed, oldest first, up to 100. The words after a change are the next change’s ' +
        'previousWords or, after the latest change, the outcome’s words.',
      withdrawn: 'Present when the person no longer wants this outcome.',
    },
    WithdrawnOutcome: {
      id: 'Stable for the life of the outcome; unique within the record.',
      words: 'What the person wanted, in their own words, when they last changed it.',
      area: 'The practitioner’s area for reporting.',
      firstRecordedAt: 'When the outcome was first written down.',
      history: 'Earlier words and why they changed, oldest first.',
      withdrawn: 'When and why the person said they no longer want this.',
    },
    OutcomeChange: {
      changedAt: 'When the words changed.',
      previousWords: 'The words before this change, up to 2,000 characters.',
      reason: 'Why it changed, in the words of the person or of what happened: 1 to 1,000 characters, not only white space.',
    },
    OutcomeWithdrawal: {
      withdrawnAt: 'When the person said they no longer want this.',
      reason: 'Why they no longer want it: 1 to 1,000 characters, not only white space.',
    },
    Conversation: {
      date: 'The calendar date of the conversation, e.g. 2026-11-18.',
      method: 'How it took place: face-to-face, phone, video, meeting or other.',
      communicationSupport:
        'Support used so the person could take part, each at most once, in the order chosen: ' +
        'spoken-language-interpreter, bsl-interpreter, easy-read, pictures-or-symbols, large-print-or-braille, ' +
        'hearing-support, other. May be empty.',
      communicationSupportOther: 'What the other support was, up to 500 characters.',
    },
    Capacity: {
      lacked: 'Whether the person lacked capacity to make decisions about keeping safe (SG3a): yes, no, dont-know or not-recorded.',
      decision: 'Which decision capacity was assessed for, up to 500 characters. Only where lacked is yes.',
      supportProvided:
        'Whether they were supported by an advocate, family or friend (SG3a): yes, no, dont-know or not-recorded. ' +
        'Required where lacked is yes, and only there.',
      supportedBy: 'Who supported them, each at most once: advocate, imca, family, friend. Only where supportProvided is yes.',
    },
    Advocacy: {
      status:
        'provided (the person had an advocate), offered-declined (one was offered and they did not want one), ' +
        'not-available (one was needed but none could be found) or not-needed.',
      by:
        'Who the advocate was, each at most once, at least one: independent-advocate, imca (an Independent Mental ' +
        'Capacity Advocate), family-or-friend, other. Required where status is provided, and only there.',
    },
  },
};
