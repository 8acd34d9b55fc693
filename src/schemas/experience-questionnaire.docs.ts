import { givenAnswerSchema, skippedAnswerSchema } from './experience-questionnaire.js';
import { envelopeDocs, type RecordDocs } from './record-docs.js';

const questionDoc =
  'The stable id of the question asked, 1 to 100 characters: one of in-control, kept-informed, involved, listened-to, ' +
  'dignity-and-respect, feel-safer, got-outcomes, or an id a council gave its own question. Answers are aggregated by it.';

export const experienceQuestionnaireDocs: RecordDocs = {
  title: 'msp.experience-questionnaire record',
  description:
    'How the person experienced safeguarding, asked at the end: who answered, an answer to each question asked ' +
    '(yes, partly, no or not-sure) or that it was skipped, what could have been better and anything else, in their words; ' +
    'the closure it is about, who asked and how, and whether their words may be quoted. One shape for each answer to quoteConsent.',
  defs: {
    GivenAnswer: givenAnswerSchema,
    SkippedAnswer: skippedAnswerSchema,
  },
  fields: {
    record: {
      ...envelopeDocs,
      completedBy:
        'Who answered: person (the person, on their own), person-with-support (the person, with help), representative ' +
        '(a family member, friend or other representative, for them), advocate, or imca (an Independent Mental Capacity ' +
        'Advocate).',
      answers:
        'One entry for each question asked, in the order asked, up to 50: an answer, or skipped. A question with no entry was ' +
        'not asked. No two entries are for the same question.',
      closureId:
        'The id of the msp.review-close record (at closure) this questionnaire is about, given by the host. Absent: not linked.',
      couldBeBetter: 'What could have been better, in their own words, up to 2,000 characters.',
      anythingElse: 'Anything else they wanted to say, in their own words, up to 2,000 characters.',
      administeredBy:
        'Who asked the questions (not who answered: that is completedBy): enquiry-lead (the practitioner who led the ' +
        'enquiry), independent-person (someone not involved in the enquiry), advocate, or self (the person, or whoever ' +
        'answered, filled it in on their own). Absent: not recorded.',
      method: 'How the questions were asked: face-to-face, phone, video, paper or online. Absent: not recorded.',
      format:
        'The form the answers were given in: standard or easy-read. Written by the form when someone answers; a saved ' +
        'record keeps its own until it is edited. Absent: not recorded.',
      quoteConsent:
        'Whether their answers in words (couldBeBetter, anythingElse) may be quoted without their name in reports to ' +
        'the Safeguarding Adults Board: yes, no or not-asked. Absent: not recorded, which allows no quoting. A later ' +
        'record with a different answer replaces it.',
      quoteConsentBy:
        'Who gave the answer about quoting: person or representative. Required where quoteConsent is yes or no, and only there.',
    },
    GivenAnswer: {
      question: questionDoc,
      answer: 'The answer: yes, partly, no or not-sure.',
      skipped: 'Only on a skipped question.',
    },
    SkippedAnswer: {
      question: questionDoc,
      skipped: 'Always true: the question was asked and not answered. A skipped question is not an answer and counts in no answer’s total.',
      answer: 'Only on an answered question.',
    },
  },
};
