/**
 * For each element the benchmark measures: a heavy record of a given size, and where a person
 * types. Adding an element to the benchmark is adding it here.
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
};
