import { expect } from '@open-wc/testing';
import {
  ASKED_ABOUT_OUTCOMES,
  ASKED_ABOUT_OUTCOMES_SAC_LABELS,
  CAPACITY_SUPPORT_PROVIDED,
  CAPACITY_SUPPORT_PROVIDED_SAC_LABELS,
  LACKED_CAPACITY,
  LACKED_CAPACITY_SAC_LABELS,
  LIMITS,
  OUTCOME_ACHIEVEMENT,
  OUTCOME_ACHIEVEMENT_SAC_LABELS,
  RISK_OUTCOME,
  RISK_OUTCOME_SAC_LABELS,
  RecordParseError,
  migrate,
  parseOutcomeCapture,
  safeParseOutcomeCapture,
  type RecordIssue,
} from '../../../src/schemas/index.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { joyceRecord, mrARecord, mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import {
  joyceRecordV1,
  mrARecordV1,
  mrsTRecordV1,
  susiRecordV1,
} from '../../../fixtures/states/outcome-capture.records.v1.js';
import { joyceRecordV2, mrARecordV2, mrsTRecordV2, susiRecordV2 } from '../../../fixtures/states/outcome-capture.records.v2.js';

const samples = { joyceRecord, susiRecord, mrARecord, mrsTRecord };

/** A deep copy of a sample, changed by `change`, typed loosely so a test can break it. */
function broken(base: OutcomeCaptureRecord, change: (record: Record<string, any>) => void): unknown {
  const record = structuredClone(base) as Record<string, any>;
  change(record);
  return record;
}

/** The issues parseOutcomeCapture throws with; fails the test if it does not throw. */
function issuesOf(input: unknown): RecordIssue[] {
  try {
    parseOutcomeCapture(input);
  } catch (error) {
    expect(error).to.be.instanceOf(RecordParseError);
    return (error as RecordParseError).issues;
  }
  expect.fail('the record was accepted');
}

const rules = (issues: RecordIssue[]) => issues.map((issue) => issue.rule).filter(Boolean);
const paths = (issues: RecordIssue[]) => issues.map((issue) => issue.path.join('.'));

describe('parseOutcomeCapture: accepts', () => {
  for (const [name, record] of Object.entries(samples)) {
    it(`the sample ${name}, as an object and as JSON read back`, () => {
      expect(parseOutcomeCapture(structuredClone(record))).to.deep.equal(record);
      expect(parseOutcomeCapture(JSON.parse(JSON.stringify(record)))).to.deep.equal(record);
      expect(safeParseOutcomeCapture(record)).to.deep.equal({ success: true, data: record });
    });
  }

  it('a record asked but with no outcomes expressed, and no outcomes', () => {
    expect(mrsTRecord.outcomes).to.deep.equal([]);
    expect(() => parseOutcomeCapture(mrsTRecord)).to.not.throw();
  });
});

describe('parseOutcomeCapture: rejects, by the shape of the record', () => {
  for (const asked of ASKED_ABOUT_OUTCOMES.filter((code) => code !== 'asked-expressed')) {
    it(`outcomes still wanted when asked is "${asked}"`, () => {
      const issues = issuesOf(
        broken(joyceRecord, (record) => {
          record.asked = asked;
          delete record.expressedBy;
          if (asked !== 'asked-not-expressed') delete record.conversation;
        }),
      );
      expect(paths(issues)).to.deep.equal(['outcomes.0.withdrawn', 'outcomes.1.withdrawn']);
    });
  }

  it('no outcomes at all when outcomes were expressed (withdrawn ones still count as expressed)', () => {
    expect(paths(issuesOf(broken(joyceRecord, (record) => (record.outcomes = []))))).to.deep.equal(['outcomes']);
    const allWithdrawn = broken(joyceRecord, (record) => {
      for (const outcome of record.outcomes) outcome.withdrawn = { withdrawnAt: '2026-11-20T10:00:00+00:00', reason: 'No longer' };
    });
    expect(() => parseOutcomeCapture(allWithdrawn)).to.not.throw();
  });

  it('a missing expressedBy when outcomes were expressed, and one given when they were not', () => {
    expect(paths(issuesOf(broken(joyceRecord, (record) => delete record.expressedBy)))).to.deep.equal(['expressedBy']);
    expect(paths(issuesOf(broken(mrsTRecord, (record) => (record.expressedBy = 'person'))))).to.deep.equal(['expressedBy']);
  });

  it('a conversation missing when the person was asked, or given when they were not', () => {
    expect(paths(issuesOf(broken(joyceRecord, (record) => delete record.conversation)))).to.deep.equal(['conversation']);
    const notAsked = broken(mrsTRecord, (record) => (record.asked = 'not-asked'));
    expect(paths(issuesOf(notAsked))).to.deep.equal(['conversation']);
  });

  it('a reason for not asking, where the person was asked', () => {
    expect(paths(issuesOf(broken(joyceRecord, (record) => (record.notAskedReason = 'Busy'))))).to.deep.equal(['notAskedReason']);
  });

  it('capacity details recorded when capacity was not lacking, and no answer about support when it was', () => {
    for (const lacked of LACKED_CAPACITY.filter((code) => code !== 'yes')) {
      const provided = issuesOf(broken(joyceRecord, (record) => (record.capacity = { lacked, supportProvided: 'yes' })));
      expect(paths(provided), `lacked ${lacked}, support provided`).to.deep.equal(['capacity.supportProvided']);
      const decision = issuesOf(broken(joyceRecord, (record) => (record.capacity = { lacked, decision: 'Money' })));
      expect(paths(decision), `lacked ${lacked}, a decision`).to.deep.equal(['capacity.decision']);
    }
    const notSaid = issuesOf(broken(mrARecord, (record) => delete record.capacity.supportProvided && delete record.capacity.supportedBy));
    expect(paths(notSaid)).to.deep.equal(['capacity.supportProvided']);
    const supportersWithoutSupport = issuesOf(broken(mrARecord, (record) => (record.capacity.supportProvided = 'no')));
    expect(paths(supportersWithoutSupport)).to.deep.equal(['capacity.supportedBy']);
  });

  it('a choice given twice in a multiple-choice answer', () => {
    const twice = issuesOf(broken(joyceRecord, (record) => record.conversation.communicationSupport.push('large-print-or-braille')));
    expect(paths(twice)).to.deep.equal(['conversation.communicationSupport']);
  });

  it('a change that repeats the words after it, as version 1 did', () => {
    const issues = issuesOf(broken(joyceRecord, (record) => (record.outcomes[0].history[0].words = 'Something')));
    expect(issues.map((issue) => issue.code)).to.deep.equal(['unrecognized_keys']);
  });

  it('two outcomes with the same id, naming the x-msp-rules rule', () => {
    const issues = issuesOf(broken(joyceRecord, (record) => (record.outcomes[1].id = record.outcomes[0].id)));
    expect(rules(issues)).to.deep.equal(['unique-outcome-ids']);
    expect(paths(issues)).to.deep.equal(['outcomes.1.id']);
  });

  it('times without an offset, in the envelope and in outcomes', () => {
    const cases: [string, (record: Record<string, any>) => void][] = [
      ['recordedAt', (record) => (record.recordedAt = '2026-11-18T11:20:00')],
      ['outcomes.0.firstRecordedAt', (record) => (record.outcomes[0].firstRecordedAt = '2026-11-11T10:05:00')],
      ['outcomes.0.history.0.changedAt', (record) => (record.outcomes[0].history[0].changedAt = '2026-11-18T11:15:00')],
    ];
    for (const [path, change] of cases) {
      expect(paths(issuesOf(broken(joyceRecord, change))), path).to.deep.equal([path]);
    }
    const withdrawal = broken(susiRecord, (record) => (record.outcomes[3].withdrawn.withdrawnAt = '2026-11-20T15:42:00'));
    expect(paths(issuesOf(withdrawal))).to.deep.equal(['outcomes.3.withdrawn.withdrawnAt']);
    expect(() => parseOutcomeCapture(broken(joyceRecord, (record) => (record.recordedAt = '2026-11-18T11:20:00+01:00')))).to.not.throw();
  });

  it('a record from a newer version, as version-too-new, without reshaping it', () => {
    const newer = broken(joyceRecord, (record) => (record.version = 4));
    const issues = issuesOf(newer);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.deep.include({ path: ['version'], code: 'version-too-new' });
    const migrated = migrate(newer);
    expect(migrated.success).to.be.false;
    expect(!migrated.success && migrated.issues[0].code).to.equal('version-too-new');
    expect(migrate(joyceRecord)).to.deep.equal({ success: true, data: joyceRecord });
  });

  it('empty or blank words, and words over the limit', () => {
    expect(paths(issuesOf(broken(joyceRecord, (record) => (record.outcomes[1].words = '   '))))).to.deep.equal([
      'outcomes.1.words',
    ]);
    const long = issuesOf(broken(joyceRecord, (record) => (record.outcomes[1].words = 'a'.repeat(LIMITS.wordsLength + 1))));
    expect(long.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([['outcomes.1.words', 'too_big']]);
  });
});

describe('RecordParseError never repeats the person\'s words', () => {
  const SECRET = 'Zebra-Marmalade-7731';
  const cases: [string, (record: Record<string, any>) => void][] = [
    ['words over the limit', (record) => (record.outcomes[0].words = `${SECRET} `.repeat(200))],
    ['words in place of a code', (record) => (record.asked = SECRET)],
    ['words in the area', (record) => (record.outcomes[1].area = SECRET)],
    ['words in who expressed them', (record) => (record.expressedBy = SECRET)],
    ['words as the locale', (record) => (record.locale = SECRET)],
    ['words as an id', (record) => (record.outcomes[1].id = SECRET)],
    ['words as a time', (record) => (record.outcomes[1].firstRecordedAt = SECRET)],
    ['words in a field a change no longer has', (record) => (record.outcomes[0].history[0].words = SECRET)],
    ['a reason over the limit', (record) => (record.outcomes[0].history[0].reason = SECRET.repeat(60))],
    ['words in a field the schema does not know', (record) => (record.outcomes[1].note = SECRET)],
    ['words as a method', (record) => (record.conversation.method = SECRET)],
    ['words as a supporter', (record) => (record.capacity = { lacked: 'yes', supportProvided: 'yes', supportedBy: [SECRET] })],
  ];
  for (const [name, change] of cases) {
    it(name, () => {
      const input = broken(joyceRecord, change);
      expect(JSON.stringify(input)).to.contain(SECRET);
      let thrown: RecordParseError | undefined;
      try {
        parseOutcomeCapture(input);
      } catch (error) {
        thrown = error as RecordParseError;
      }
      expect(thrown, 'rejected').to.be.instanceOf(RecordParseError);
      expect(thrown!.issues.length).to.be.greaterThan(0);
      for (const issue of thrown!.issues) {
        expect(Object.keys(issue).sort().join(',')).to.be.oneOf(['code,message,path', 'code,message,path,rule']);
      }
      expect(JSON.stringify(thrown!.issues)).to.not.contain(SECRET);
      expect(thrown!.message).to.not.contain(SECRET);
      expect(String(thrown)).to.not.contain(SECRET);
      const safe = safeParseOutcomeCapture(input);
      expect(JSON.stringify(safe)).to.not.contain(SECRET);
    });
  }
});

describe('SAC codes map to the exact labels of DESIGN.md', () => {
  it('asked about desired outcomes (SG4a question 1)', () => {
    expect(ASKED_ABOUT_OUTCOMES_SAC_LABELS).to.deep.equal({
      'asked-expressed': 'Yes they were asked and outcomes were expressed',
      'asked-not-expressed': 'Yes they were asked but no outcomes were expressed',
      'not-asked': 'No',
      'dont-know': "Don't Know",
      'not-recorded': 'Not Recorded',
    });
    expect(Object.keys(ASKED_ABOUT_OUTCOMES_SAC_LABELS)).to.deep.equal([...ASKED_ABOUT_OUTCOMES]);
  });

  it('expressed outcomes achieved (SG4a question 2)', () => {
    expect(OUTCOME_ACHIEVEMENT_SAC_LABELS).to.deep.equal({
      fully: 'Fully Achieved',
      partially: 'Partially Achieved',
      not: 'Not Achieved',
    });
    expect(Object.keys(OUTCOME_ACHIEVEMENT_SAC_LABELS)).to.deep.equal([...OUTCOME_ACHIEVEMENT]);
  });

  it('lacked mental capacity (SG3a)', () => {
    expect(Object.keys(LACKED_CAPACITY_SAC_LABELS)).to.deep.equal(['yes', 'no', 'dont-know', 'not-recorded']);
    expect(Object.keys(LACKED_CAPACITY_SAC_LABELS)).to.deep.equal([...LACKED_CAPACITY]);
    expect(LACKED_CAPACITY_SAC_LABELS.yes).to.equal('Yes, they lacked capacity');
    expect(LACKED_CAPACITY_SAC_LABELS.no).to.equal('No, they did not lack capacity');
    expect(LACKED_CAPACITY_SAC_LABELS['dont-know']).to.equal("Don't know");
    expect(LACKED_CAPACITY_SAC_LABELS['not-recorded']).to.equal('Not recorded');
    expect(CAPACITY_SUPPORT_PROVIDED_SAC_LABELS['dont-know']).to.equal("Don't know");
    expect(Object.keys(CAPACITY_SUPPORT_PROVIDED_SAC_LABELS)).to.deep.equal([...CAPACITY_SUPPORT_PROVIDED]);
    for (const label of Object.values(CAPACITY_SUPPORT_PROVIDED_SAC_LABELS)) expect(label).to.be.a('string').and.not.empty;
  });

  it('risk outcome (SG2e)', () => {
    expect(RISK_OUTCOME_SAC_LABELS).to.deep.equal({
      remained: 'Risk remained',
      reduced: 'Risk reduced',
      removed: 'Risk removed',
    });
    expect(Object.keys(RISK_OUTCOME_SAC_LABELS)).to.deep.equal([...RISK_OUTCOME]);
  });
});

describe('null in an optional field means absent', () => {
  it('is accepted wherever a field is optional or does not apply, and left out of the record given back', () => {
    const withNulls = broken(joyceRecord, (record) => {
      record.subjectRef = null;
      record.notAskedReason = null;
      record.meetingParticipation = null;
      record.conversation.communicationSupportOther = null;
      record.capacity.decision = null;
      record.capacity.supportProvided = null;
      record.capacity.supportedBy = null;
      record.outcomes[1].area = null;
      record.outcomes[1].withdrawn = null;
    });
    const parsed = parseOutcomeCapture(withNulls) as Record<string, any>;
    expect(JSON.stringify(parsed)).to.not.contain('null');
    expect(parsed).to.not.have.property('subjectRef');
    expect(parsed.outcomes[1]).to.not.have.property('area');
    expect(parsed.asked).to.equal('asked-expressed');
  });

  it('is refused in a required field', () => {
    expect(paths(issuesOf(broken(joyceRecord, (record) => (record.informationGiven = null))))).to.deep.equal(['informationGiven']);
  });
});

/** A version 2 sample as version 3 reads it: advocacy was not asked then, so it is not recorded. */
const atVersion3 = (v2: object) => ({ ...v2, version: 3 });

describe('migrate: version 1 records', () => {
  const pairs = [
    [joyceRecordV1, joyceRecordV2],
    [susiRecordV1, susiRecordV2],
    [mrARecordV1, mrARecordV2],
    [mrsTRecordV1, mrsTRecordV2],
  ] as const;
  for (const [v1, v2] of pairs) {
    it(`${v1.id}: becomes the version 2 sample, then version 3, and parses`, () => {
      const migrated = migrate(structuredClone(v1));
      expect(migrated).to.deep.equal({ success: true, data: atVersion3(v2) });
      expect(parseOutcomeCapture(structuredClone(v1))).to.deep.equal(atVersion3(v2));
    });
  }

  it('leaves out fields version 1 allowed but never used in that case, and repeated choices', () => {
    const v1 = {
      ...structuredClone(mrsTRecordV1),
      asked: 'not-asked',
      notAskedReason: 'She was in hospital',
      capacity: { lacked: 'no', decision: 'Where to live', supportedBy: [] },
    };
    const migrated = parseOutcomeCapture(v1) as Record<string, any>;
    expect(migrated.version).to.equal(3);
    expect(migrated).to.not.have.property('conversation');
    expect(migrated.notAskedReason).to.equal('She was in hospital');
    expect(migrated.capacity).to.deep.equal({ lacked: 'no' });
    const repeated = parseOutcomeCapture({
      ...structuredClone(joyceRecordV1),
      conversation: { ...joyceRecordV1.conversation, communicationSupport: ['easy-read', 'easy-read', 'other'] },
    }) as Record<string, any>;
    expect(repeated.conversation.communicationSupport).to.deep.equal(['easy-read', 'other']);
  });
});

describe('migrate: version 2 records', () => {
  for (const v2 of [joyceRecordV2, susiRecordV2, mrARecordV2, mrsTRecordV2]) {
    it(`${v2.id}: only the version number changes, advocacy stays not recorded, and it parses`, () => {
      const migrated = migrate(structuredClone(v2));
      expect(migrated).to.deep.equal({ success: true, data: atVersion3(v2) });
      expect(parseOutcomeCapture(structuredClone(v2))).to.deep.equal(atVersion3(v2));
      expect(parseOutcomeCapture(structuredClone(v2))).to.not.have.property('advocacy');
    });
  }

  it('the version 3 samples are the version 2 ones with advocacy added', () => {
    for (const [v2, v3] of [
      [joyceRecordV2, joyceRecord],
      [susiRecordV2, susiRecord],
      [mrARecordV2, mrARecord],
      [mrsTRecordV2, mrsTRecord],
    ] as const) {
      const { advocacy: _advocacy, ...rest } = v3;
      expect(rest).to.deep.equal(atVersion3(v2));
    }
  });
});

describe('advocacy, for everyone, apart from capacity', () => {
  const withAdvocacy = (advocacy: unknown) => broken(mrsTRecord, (record) => (record.advocacy = advocacy));

  it('accepts each answer, and who, where it was provided', () => {
    for (const status of ['offered-declined', 'not-available', 'not-needed']) {
      expect(() => parseOutcomeCapture(withAdvocacy({ status })), status).to.not.throw();
    }
    expect(() => parseOutcomeCapture(withAdvocacy({ status: 'provided', by: ['imca', 'other'] }))).to.not.throw();
    expect(() => parseOutcomeCapture(withAdvocacy(null))).to.not.throw();
  });

  it('is not tied to capacity: a person who did not lack capacity may have an advocate', () => {
    expect(joyceRecord.capacity.lacked).to.equal('no');
    const record = withAdvocacy({ status: 'provided', by: ['independent-advocate'] }) as OutcomeCaptureRecord;
    expect(parseOutcomeCapture(record).advocacy).to.deep.equal({ status: 'provided', by: ['independent-advocate'] });
  });

  it('refuses "provided" without who, with nobody, or with someone twice; and who where it was not provided', () => {
    expect(paths(issuesOf(withAdvocacy({ status: 'provided' })))).to.deep.equal(['advocacy.by']);
    expect(paths(issuesOf(withAdvocacy({ status: 'provided', by: [] })))).to.deep.equal(['advocacy.by']);
    expect(paths(issuesOf(withAdvocacy({ status: 'provided', by: ['imca', 'imca'] })))).to.deep.equal(['advocacy.by']);
    expect(paths(issuesOf(withAdvocacy({ status: 'not-needed', by: ['imca'] })))).to.deep.equal(['advocacy.by']);
    expect(paths(issuesOf(withAdvocacy({ status: 'provided', by: ['solicitor'] })))).to.deep.equal(['advocacy.by.0']);
    expect(paths(issuesOf(withAdvocacy({})))).to.deep.equal(['advocacy.status']);
  });
});
