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
};
