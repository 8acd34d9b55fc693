import { importSource } from '../import-source.mjs';

/**
 * For each element the benchmark measures: a heavy record of a given size, and where a person
 * types. A form is given its record as `value`; an element given something else says so with
 * `properties(n)`, and how a page hands it over with `hostScript(tag, n)`; one that
 * shows something first while it works says what it shows once done with `visible`. Adding an element to the
 * benchmark is adding it here.
 */
const iso = '2026-11-20T10:00:00+00:00';
const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const words = (i) => `Outcome ${i}: ${'I want to feel safe at home. '.repeat(10)}`;

export const BENCH_ELEMENTS = {
  'outcome-capture': {
    /** Outcomes on first render, and when typing. */
    renderSize: 20,
    typingSize: 50,
    sizeLabel: 'outcomes',
    /** A record with `n` outcomes, each in long words with five earlier changes. */
    record: (n) => ({
      kind: 'msp.outcome-capture',
      version: 1,
      id: uuid(0),
      caseRef: 'BENCH',
      recordedAt: iso,
      locale: 'en-GB',
      asked: 'asked-expressed',
      expressedBy: 'person',
      conversation: { date: '2026-11-19', method: 'face-to-face', communicationSupport: ['easy-read'] },
      informationGiven: 'yes',
      capacity: { lacked: 'no' },
      outcomes: Array.from({ length: n }, (_, i) => ({
        id: uuid(i + 1),
        words: words(i),
        firstRecordedAt: iso,
        history: Array.from({ length: 5 }, (_, j) => ({
          changedAt: iso,
          previousWords: `Earlier words ${j}`,
          words: j === 4 ? words(i) : `Earlier words ${j + 1}`,
          reason: 'The person said so.',
        })),
      })),
    }),
    /** The field typed into: the first outcome's words. */
    typingTarget: `#outcome-${uuid(1)}-words`,
  },
  'review-close': {
    /** Outcomes closed on first render, and when typing. */
    renderSize: 20,
    typingSize: 50,
    sizeLabel: 'outcomes',
    /** A closure of `n` outcomes, each with long words on why, what the person said and what got in the way. */
    record: (n) => ({
      kind: 'msp.review-close',
      version: 1,
      id: uuid(0),
      caseRef: 'BENCH',
      recordedAt: iso,
      locale: 'en-GB',
      outcomeCaptureId: uuid(9999),
      stage: 'closure',
      asked: 'asked-expressed',
      outcomeResults: Array.from({ length: n }, (_, i) => ({
        outcomeId: uuid(i + 1),
        achieved: ['fully', 'partially', 'not'][i % 3],
        reason: `you told us ${'you feel safer at home now. '.repeat(8)}`,
        personComment: words(i),
        barriers: 'It took a long time to find the right support. '.repeat(6),
      })),
      risk: { actionAndResult: 'risk-identified-action-taken', riskOutcome: 'reduced' },
      ending: { happened: true, date: '2026-11-19', method: 'face-to-face', participants: ['person', 'advocate'] },
      feedback: 'questionnaire-completed',
      rationale: 'The person chose what happened, and we agreed a safety plan with them. '.repeat(5),
      procedure: { followed: true },
      nextSteps: 'Their support worker will visit each week.',
    }),
    /** The field typed into: why the first outcome was judged as it was. */
    typingTarget: '#outcome-1-why',
  },
  'experience-questionnaire': {
    /** The seven default questions, all answered, with the longest words in both boxes. */
    renderSize: 7,
    typingSize: 7,
    sizeLabel: 'questions',
    record: (n) => ({
      kind: 'msp.experience-questionnaire',
      version: 1,
      id: uuid(0),
      caseRef: 'BENCH',
      recordedAt: iso,
      locale: 'en-GB',
      completedBy: 'person',
      answers: ['in-control', 'kept-informed', 'involved', 'listened-to', 'dignity-and-respect', 'feel-safer', 'got-outcomes']
        .slice(0, n)
        .map((question, i) => (i % 4 === 3 ? { question, skipped: true } : { question, answer: ['yes', 'partly', 'no'][i % 4] })),
      couldBeBetter: 'I would have liked to know sooner. '.repeat(57),
      anythingElse: 'Thank you. '.repeat(180),
    }),
    /** The field typed into: what could have been better. */
    typingTarget: '#couldBeBetter',
  },
  'one-page-profile': {
    /** Statements in each of the three sections (the most a record may hold), with a full chart. */
    renderSize: 20,
    typingSize: 20,
    sizeLabel: 'statements in each section, and a chart of 10 rows',
    record: (n) => ({
      kind: 'msp.one-page-profile',
      version: 1,
      id: uuid(0),
      caseRef: 'BENCH',
      recordedAt: iso,
      locale: 'en-GB',
      name: 'Margaret, but please call me Peggy',
      ...Object.fromEntries(
        ['likedAndAdmired', 'importantToMe', 'howToSupportMe'].map((section, s) => [
          section,
          Array.from({ length: n }, (_, i) => ({ id: uuid(1000 * (s + 1) + i), text: `${i + 1}: ${'I like a cup of tea in the garden. '.repeat(8)}` })),
        ]),
      ),
      communication: Array.from({ length: 10 }, (_, i) => ({
        id: uuid(5000 + i),
        whatIsHappening: `Something happens (${i + 1}).`,
        whatIDo: 'I go quiet and hold on to the arm of my chair.',
        weThinkItMeans: 'I am frightened because I cannot see who it is.',
        weShould: 'Say our name at the door, and wait for an answer.',
      })),
      helpedBy: 'My daughter and my social worker.',
      sharedWith: 'The safeguarding team and my GP.',
    }),
    /** The field typed into: the first statement of the first section. */
    typingTarget: `#item-${uuid(1000)}-text`,
  },
  'risk-heat-map': {
    /** Activities on first render, and when typing or moving a marker. */
    renderSize: 50,
    typingSize: 50,
    sizeLabel: 'activities',
    /** A map of `n` activities in long words, each placed by the person, the practitioner and family, and decided. */
    record: (n) => ({
      kind: 'msp.risk-heat-map',
      version: 1,
      id: uuid(0),
      caseRef: 'BENCH',
      recordedAt: iso,
      locale: 'en-GB',
      items: Array.from({ length: n }, (_, i) => ({
        id: uuid(i + 1),
        activity: `Activity ${i}: ${'Going to the shops on my own. '.repeat(4)}`,
        benefit: 'I choose my own food and I see people I know. '.repeat(4),
        harm: 'I could fall on the hill, or get lost if it is dark. '.repeat(4),
        placements: {
          person: { qualityOfLife: 'makes-life-much-better', harm: 'low' },
          practitioner: { qualityOfLife: 'makes-life-better', harm: 'high' },
          family: { qualityOfLife: 'little-difference', harm: 'some' },
        },
        agreedWays: 'Go in the daytime and take my phone. '.repeat(4),
        decision: { status: 'supported-with-changes', madeBy: ['person', 'practitioner'] },
        reviewDate: '2027-02-18',
      })),
    }),
    /** The field typed into: the first activity's words. */
    typingTarget: `#item-${uuid(1)}-activity`,
    /** Moving one item: the person's marker on the first map, moved one square by an arrow key. */
    moveTarget: `#item-${uuid(1)}-view-person`,
    moveKeys: ['ArrowLeft', 'ArrowRight'],
  },
  'outcomes-report': {
    /** Enquiries counted on first render. */
    renderSize: 300,
    sizeLabel: 'enquiries',
    /** The generated enquiries of the report's tests, each with its outcomes, closure and (for some) questionnaire, and their year. */
    properties: (n) => ({ records: report.generatedRecords(n), ...report.REPORT_PERIOD }),
    /** On a fresh load, the report is there once its first table is: it says it is counting until then. */
    visible: 'table',
    /** A Board page sets the records from its own script, as the report's docs show. */
    hostScript: (tag, n) => `Object.assign(document.querySelector('${tag}'), ${JSON.stringify(BENCH_ELEMENTS['outcomes-report'].properties(n))});`,
  },
};

const report = await importSource(`export { generatedRecords, REPORT_PERIOD } from './fixtures/states/outcomes-report.records.ts';`);

/** What the element is given: a form its record as `value`, any other element what its entry says. */
export const propertiesOf = (bench, n) => (bench.properties ? bench.properties(n) : { value: bench.record(n) });
