import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LatestRecords } from '../../src/aggregate/latest.js';
import { aggregate, type AggregateOptions } from '../../src/aggregate/index.js';
import { financialYearBefore, londonToday } from '../../src/aggregate/period.js';
import type { ExperienceQuestionnaireRecord } from '../../src/schemas/experience-questionnaire.js';
import { advocateExperience, councilExperience, joyceExperience } from '../../fixtures/states/experience-questionnaire.records.js';
import { joyceRecord, mrARecord, mrsTRecord, susiRecord } from '../../fixtures/states/outcome-capture.records.js';
import { joyceCeasedClosure, joyceReview, mrAClosure, mrsTClosure, susiClosure, susiReview } from '../../fixtures/states/review-close.records.js';
import { susiClosureV1 } from '../../fixtures/states/review-close.records.v1.js';
import { closure, expressed, notExpressed, uuid } from './aggregate.fixtures.js';

/**
 * One hand-computed fixture per counting rule of docs/report.md, built from the sample records.
 * The period is 1 April 2026 to 31 March 2027 throughout unless a test says otherwise.
 */

const PERIOD = { from: '2026-04-01', to: '2027-03-31' } as const;
const run = (records: unknown[], options: AggregateOptions = {}) => aggregate(records, { ...PERIOD, ...options });

const asked = (counts: Partial<Record<string, number>>) => ({
  'asked-expressed': 0,
  'asked-not-expressed': 0,
  'not-asked': 0,
  'dont-know': 0,
  'not-recorded': 0,
  ...counts,
});

describe('aggregate: the counting rules', () => {
  it('rule 1: counts values that are not valid records by kind and first issue, and leaves them out', async () => {
    const [talk, visits] = joyceRecord.outcomes;
    const report = await run([
      42,
      'text',
      null,
      [susiClosure],
      { kind: 'msp.unknown', version: 1 },
      { id: uuid(9) },
      { ...susiClosure, id: uuid(1), version: 3 },
      { ...susiClosure, id: uuid(2), concludedOn: 'last week' },
      { ...joyceRecord, id: uuid(3), outcomes: [talk, { ...visits, id: talk.id }] },
      susiClosureV1,
      mrsTClosure,
    ]);
    // Four values are not objects; one kind is unknown, one missing; a closure from a newer
    // version; a date that is not one; an outcome capture breaking its x-msp-rules rule. The
    // version 1 closure migrates (its type becomes not-recorded) and Mrs T's is section 42.
    assert.deepEqual(
      report.invalid.map(({ kind, issue, count }) => [kind, issue.split(':')[0], count]),
      [
        [null, 'not an object', 4],
        ['msp.unknown', 'kind', 1],
        [null, 'kind', 1],
        ['msp.review-close', 'version', 1],
        ['msp.review-close', 'concludedOn', 1],
        ['msp.outcome-capture', 'outcomes.1.id', 1],
      ],
    );
    assert.match(report.invalid[5].issue, /No two outcomes in one record have the same id/);
    assert.deepEqual(report.byType, { 'section-42': 1, 'section-126': 0, other: 0, 'not-recorded': 1 });
    assert.equal(report.concluded, 1);
    assert.deepEqual(report.sac.SG4a.asked, asked({ 'asked-not-expressed': 1 }));
  });

  it('rule 2: of the copies of one record, the latest instant wins; on a tie, the later in input order', async () => {
    // 18:00+02:00 is 16:00 UTC: earlier than Susi's 16:30 UTC, though its text sorts later.
    const olderSusi = closure(mrsTClosure, { id: susiClosure.id, outcomeCaptureId: susiRecord.id, recordedAt: '2026-11-24T18:00:00+02:00' });
    // 14:00 UTC is the same instant as Mrs T's 15:00+01:00: a tie, so the later in input order wins.
    const sameInstant = closure(mrsTClosure, { asked: 'not-asked', recordedAt: '2026-10-20T14:00:00+00:00' });
    const report = await run([susiClosure, olderSusi, mrsTClosure, sameInstant]);
    assert.equal(report.concluded, 2);
    assert.deepEqual(report.sac.SG4a.asked, asked({ 'asked-expressed': 1, 'not-asked': 1 }));
  });

  it('rule 3: an enquiry is the latest closure of one outcome capture, counted when it concluded in the period', async () => {
    // Two closures of Susi's enquiry: the later one (fully achieved) wins.
    const susiAgain = closure(susiClosure, { id: uuid(10), recordedAt: '2026-11-25T09:00:00+00:00', overallAchieved: 'fully' });
    // Two of Mrs T's at the same instant: the greater id in lower case wins ("e…" after "d…"),
    // though in upper case it sorts first.
    const mrsTAgain = closure(mrsTClosure, { id: 'E0000000-0000-4000-8000-000000000001', asked: 'dont-know' });
    // Concluded the day before the period; and a review, which is never a closure.
    const before = closure(mrAClosure, { enquiryType: 'section-42', concludedOn: '2026-03-31' });
    const report = await run([susiClosure, susiAgain, mrsTClosure, mrsTAgain, before, joyceReview]);
    assert.equal(report.concluded, 2);
    assert.deepEqual(report.sac.SG4a.asked, asked({ 'asked-expressed': 1, 'dont-know': 1 }));
    assert.deepEqual(report.sac.SG4a.achieved, { fully: 1, partially: 0, not: 0 });
  });

  it('rule 4: the SAC tables count the jurisdiction’s type only; the others are reported apart', async () => {
    const other = closure(mrsTClosure, { enquiryType: 'other' });
    const unrecorded = closure(joyceCeasedClosure, { enquiryType: 'not-recorded' });
    const records = [susiClosure, mrAClosure, other, unrecorded];
    const england = await run(records);
    const wales = await run(records, { jurisdiction: 'wales' });
    const byType = { 'section-42': 1, 'section-126': 1, other: 1, 'not-recorded': 1 };
    // England: Susi's section 42 only. Wales: Mr A's section 126 only.
    assert.deepEqual([england.concluded, england.byType], [1, byType]);
    assert.deepEqual(england.sac.SG4a.achieved, { fully: 0, partially: 1, not: 0 });
    assert.deepEqual([wales.concluded, wales.byType], [1, byType]);
    assert.deepEqual(wales.sac.SG4a.achieved, { fully: 1, partially: 0, not: 0 });
    assert.equal(wales.sac.SG2c['service-provider']['assessment-inconclusive-action-taken'], 1);
  });

  it('rule 5: SG4a counts the closure’s own answer; a disagreeing outcome capture is listed, not counted twice', async () => {
    // Susi's closure (asked-expressed) linked to Mrs T's capture (asked-not-expressed).
    const linkedToMrsT = closure(susiClosure, { id: uuid(20), outcomeCaptureId: mrsTRecord.id });
    const report = await run([mrsTRecord, linkedToMrsT]);
    assert.deepEqual(report.sac.SG4a.asked, asked({ 'asked-expressed': 1 }));
    assert.deepEqual(report.sac.SG4a.achieved, { fully: 0, partially: 1, not: 0 });
    assert.deepEqual(report.conflicts, [
      { closureId: uuid(20), outcomeCaptureId: mrsTRecord.id, caseRef: susiClosure.caseRef, closureAsked: 'asked-expressed', captureAsked: 'asked-not-expressed' },
    ]);
  });

  it('rule 6: SG3a comes from the outcome capture; a missing or invalid one counts as not recorded and is listed', async () => {
    const mrA = closure(mrAClosure, { enquiryType: 'section-42' });
    const invalidJoyce = { ...joyceRecord, asked: 'maybe' };
    // Susi: no. Mr A: yes, supported. Mrs T: capture missing. Joyce: capture invalid.
    const report = await run([susiRecord, susiClosure, mrARecord, mrA, mrsTClosure, invalidJoyce, joyceCeasedClosure]);
    assert.deepEqual(report.sac.SG3a.lackedCapacity, { yes: 1, no: 1, 'dont-know': 0, 'not-recorded': 2 });
    assert.deepEqual(report.sac.SG3a.supported, { yes: 1, no: 0, 'dont-know': 0, 'not-recorded': 0 });
    assert.deepEqual(
      report.unlinked.map(({ closureId, reason }) => [closureId, reason]),
      [
        [mrsTClosure.id, 'missing'],
        [joyceCeasedClosure.id, 'invalid'],
      ],
    );
  });

  it('rule 7: SG2c and SG2e count once per source of risk, with not recorded as a row of its own', async () => {
    const mrA = closure(mrAClosure, { enquiryType: 'section-42' });
    const unsourced = closure(joyceCeasedClosure, {
      risks: { 'not-recorded': { actionAndResult: 'risk-identified-action-taken', riskOutcome: 'remained' } },
    });
    // Mr A: known (identified, action, reduced) and service provider (inconclusive, action,
    // removed). Susi: known (identified, action, reduced). Mrs T: service provider (no risk, no
    // action). Joyce: not recorded (identified, action, remained). Four enquiries, five counts.
    const report = await run([mrA, susiClosure, mrsTClosure, unsourced]);
    assert.equal(report.concluded, 4);
    const { SG2c, SG2e } = report.sac;
    assert.equal(SG2c['known-to-individual']['risk-identified-action-taken'], 2);
    assert.equal(SG2c['service-provider']['assessment-inconclusive-action-taken'], 1);
    assert.equal(SG2c['service-provider']['no-risk-identified-no-action-taken'], 1);
    assert.equal(SG2c['not-recorded']['risk-identified-action-taken'], 1);
    const total = (table: Record<string, Record<string, number>>) =>
      Object.values(table).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    assert.equal(total(SG2c), 5);
    assert.deepEqual(SG2e['known-to-individual'], { remained: 0, reduced: 2, removed: 0 });
    assert.deepEqual(SG2e['service-provider'], { remained: 0, reduced: 0, removed: 1 });
    assert.deepEqual(SG2e['not-recorded'], { remained: 1, reduced: 0, removed: 0 });
    assert.deepEqual(SG2e['unknown-to-individual'], { remained: 0, reduced: 0, removed: 0 });
  });

  it('rule 8: the outcome measure, by enquiry and by distinct person, with halves rounded up', async () => {
    const records = [
      // Five expressed: fully, partially, not, not, partially. 1 by Susi (person), 2 by Mr A (advocate).
      expressed(1, { outcomeCaptureId: susiRecord.id, overallAchieved: 'fully', subjectRef: 'P1' }),
      expressed(2, { outcomeCaptureId: mrARecord.id, overallAchieved: 'partially', subjectRef: 'P1' }),
      expressed(3, { overallAchieved: 'not', subjectRef: 'P2' }),
      expressed(4, { overallAchieved: 'not' }),
      expressed(5),
      // Three not expressed.
      notExpressed(6, { subjectRef: 'P2' }),
      notExpressed(7, { subjectRef: 'P3' }),
      notExpressed(8),
      susiRecord,
      mrARecord,
    ];
    const { measure } = await run(records);
    // 5 of 8 = 62.5% → 63; 3 achieved (fully 1, partially 2) of 5 = 60%.
    assert.deepEqual(measure.expressed, { count: 5, of: 8, percent: 63 });
    assert.deepEqual(measure.achieved, { count: 3, of: 5, percent: 60 });
    assert.deepEqual(measure.expressedBy, { person: 1, representative: 0, advocate: 1, imca: 0, 'best-interests-decision': 0, 'not-recorded': 3 });
    // People: P1 (two expressed, one fully) expressed and achieved, by person and advocate; P2
    // (one not achieved, one not expressed) expressed, not achieved; P3 not expressed.
    assert.deepEqual(measure.people, {
      concluded: 3,
      expressed: { count: 2, of: 3, percent: 67 },
      expressedBy: { person: 1, representative: 0, advocate: 1, imca: 0, 'best-interests-decision': 0, 'not-recorded': 1 },
      achieved: { count: 1, of: 2, percent: 50 },
    });
    const none = await run([notExpressed(1)]);
    assert.deepEqual(none.measure.achieved, { count: 0, of: 0, percent: null });
    assert.equal(none.measure.people, undefined);
  });

  it('rule 9: experience: linked questionnaires, the response rate, got-outcomes beside achievement, unlinked apart', async () => {
    const onSusi = { ...advocateExperience, closureId: susiClosure.id };
    const alsoOnSusi = { ...councilExperience, id: uuid(30), closureId: susiClosure.id };
    const unlinked = { ...councilExperience, id: uuid(31) };
    // Its own date is 1 April 2027 (in UTC still 31 March): outside the period.
    const unlinkedLate = { ...councilExperience, id: uuid(32), recordedAt: '2027-04-01T00:30:00+01:00' };
    const onEarlier = { ...councilExperience, id: uuid(33), closureId: uuid(34) };
    const earlier = notExpressed(34, { concludedOn: '2026-03-01' });
    const report = await run([joyceCeasedClosure, joyceExperience, susiClosure, onSusi, alsoOnSusi, mrsTClosure, unlinked, unlinkedLate, onEarlier, earlier]);
    const { experience } = report;
    // Joyce's one and Susi's two; Mrs T has none: 2 of 3 enquiries responded (66.7% → 67).
    assert.equal(experience.questionnaires, 3);
    assert.deepEqual(experience.responseRate, { count: 2, of: 3, percent: 67 });
    assert.deepEqual(experience.questions['in-control'], { yes: 2, partly: 1, no: 0, 'not-sure': 0, skipped: 0 });
    assert.deepEqual(experience.questions['feel-safer'], { yes: 2, partly: 0, no: 0, 'not-sure': 0, skipped: 1 });
    assert.deepEqual(experience.questions['knew-who-to-contact'], { yes: 0, partly: 0, no: 0, 'not-sure': 0, skipped: 1 });
    // Both enquiries partially achieved: Joyce not sure, Susi's advocate no, the council's form did not ask.
    assert.deepEqual(experience.gotOutcomes.partially, { yes: 0, partly: 0, no: 1, 'not-sure': 1, skipped: 0, 'not-asked': 1 });
    assert.deepEqual(experience.gotOutcomes['not-applicable'], { yes: 0, partly: 0, no: 0, 'not-sure': 0, skipped: 0, 'not-asked': 0 });
    assert.equal(experience.unlinked.questionnaires, 1);
    assert.deepEqual(Object.keys(experience.unlinked.questions), ['in-control', 'listened-to', 'feel-safer', 'knew-who-to-contact']);
  });

  it('rule 10: practice: ending conversations, departures, reviews, responses, advocacy and median days', async () => {
    const mrA = closure(mrAClosure, { enquiryType: 'section-42' });
    const records = [susiRecord, susiClosure, joyceRecord, joyceCeasedClosure, mrsTRecord, mrsTClosure, mrARecord, mrA, joyceReview, susiReview];
    const { practice } = await run(records);
    assert.deepEqual(practice.endingConversation, { held: 3, 'not-held': 1 });
    assert.deepEqual(practice.procedure, { followed: 3, departed: 1, departures: [joyceCeasedClosure.procedure.departure] });
    // Joyce's review changed one outcome; Susi's withdrew one.
    assert.deepEqual(practice.reviews, { reviews: 2, changed: 1, withdrawn: 1 });
    assert.deepEqual(practice.responses, {
      'family-group-conference': 1,
      'network-meeting': 1,
      mediation: 1,
      'restorative-approach': 0,
      'coaching-or-peer-support': 0,
      other: 0,
      none: 2,
    });
    assert.deepEqual(practice.advocacy, { provided: 1, 'offered-declined': 1, 'not-available': 0, 'not-needed': 1, 'not-recorded': 1 });
    // Susi 20→24 Nov: 4; Joyce 18→24 Nov: 6; Mr A 3→30 Oct: 27; Mrs T 14 Sep→19 Oct: 35.
    // Even count: the mean of 6 and 27.
    assert.deepEqual(practice.days, { median: 16.5, of: 4 });
  });

  it('rule 11: quotes only where the latest record says yes, with their table and achievement', async () => {
    const joyce = closure(joyceCeasedClosure, { quoteConsent: 'yes', quoteConsentBy: 'person' });
    const mrA = closure(mrAClosure, { enquiryType: 'section-42' });
    // Mr A's closure later said no; Joyce's questionnaire said no, then yes.
    const mrALater = closure(mrA, { recordedAt: '2026-11-03T10:15:00+00:00', quoteConsent: 'no', quoteConsentBy: 'representative' });
    const joyceSaidNo = { ...joyceExperience, recordedAt: '2026-12-01T14:05:00+00:00', quoteConsent: 'no' } as ExperienceQuestionnaireRecord;
    const onMrA = { ...advocateExperience, closureId: mrAClosure.id };
    const report = await run([joyceRecord, joyceReview, joyce, mrARecord, mrA, mrALater, mrsTRecord, mrsTClosure, joyceSaidNo, joyceExperience, onMrA]);
    // Joyce's words: the first as captured, the second as changed at her review.
    assert.deepEqual(report.quotes, [
      { text: joyceRecord.outcomes[0].words, source: 'outcome', table: 'SG4a', achieved: 'fully' },
      { text: 'I want him to visit only when my daughter is there.', source: 'outcome', table: 'SG4a', achieved: 'partially' },
      { text: 'I can sort this out myself now.', source: 'comment', table: 'SG4a', achieved: 'partially' },
      { text: joyceExperience.couldBeBetter, source: 'could-be-better', table: 'experience', achieved: 'partially' },
    ]);
  });

  it('rule 12: the previous period, a year earlier, beside this one; the default period is the last complete April–March year', async () => {
    const lastYear = notExpressed(40, { concludedOn: '2025-06-01' });
    const tooEarly = notExpressed(41, { concludedOn: '2025-03-31' });
    const report = await aggregate([susiClosure, lastYear, tooEarly], { today: '2027-05-01' });
    assert.deepEqual([report.from, report.to, report.previous.from, report.previous.to], ['2026-04-01', '2027-03-31', '2025-04-01', '2026-03-31']);
    assert.deepEqual(report.sac.SG4a.asked, asked({ 'asked-expressed': 1 }));
    assert.deepEqual(report.previous.sac.SG4a.asked, asked({ 'asked-not-expressed': 1 }));
    assert.equal(report.previous.concluded, 1);
    assert.deepEqual(financialYearBefore('2027-03-31'), { from: '2025-04-01', to: '2026-03-31' });
    assert.deepEqual(financialYearBefore('2027-04-01'), { from: '2026-04-01', to: '2027-03-31' });
    const leap = await aggregate([], { from: '2024-02-29', to: '2024-02-29' });
    assert.deepEqual([leap.previous.from, leap.previous.to], ['2023-02-28', '2023-02-28']);
    await assert.rejects(aggregate([], { from: '2027-01-01', to: '2026-01-01' }), RangeError);
    await assert.rejects(aggregate([], { from: '2026-02-30' }), RangeError);
  });

  it('reads null in an optional field as absent, as the parse helpers do', async () => {
    const susi = { ...susiClosure, subjectRef: null, responses: null };
    const capture = { ...susiRecord, subjectRef: null, advocacy: null, meetingParticipation: null };
    const report = await run([susi, capture]);
    assert.equal(report.measure.people, undefined);
    assert.equal(report.practice.responses.none, 1);
    assert.equal(report.practice.advocacy['not-recorded'], 1);
    assert.equal(report.sac.SG3a.lackedCapacity.no, 1);
    assert.ok(!('subjectRef' in report.cases[0]) && !('advocacy' in report.cases[0]));
    assert.deepEqual(report.cases[0].responses, []);
  });

  it('counts question ids and dimension values as given, even those named like object internals', async () => {
    const odd = {
      ...joyceExperience,
      closureId: susiClosure.id,
      answers: [
        { question: '__proto__', answer: 'yes' },
        { question: 'constructor', answer: 'no' },
      ],
    };
    const report = await run([susiClosure, odd], { dimensions: { [susiClosure.caseRef]: { area: 'constructor' } } });
    assert.deepEqual(Object.keys(report.experience.questions), ['__proto__', 'constructor']);
    assert.equal(report.experience.questions['__proto__'].yes, 1);
    assert.equal(report.experience.questions['constructor'].no, 1);
    assert.equal(report.dimensions.area['constructor'].concluded, 1);
  });

  it('takes today in Europe/London for the default period', () => {
    // 23:30 UTC on 30 June is already 1 July in London (summer time); on 31 December it is not.
    assert.equal(londonToday(new Date('2026-06-30T23:30:00Z')), '2026-07-01');
    assert.equal(londonToday(new Date('2026-12-31T23:30:00Z')), '2026-12-31');
  });

  it('rule 13: memory grows with records, not copies; the input is streamed', async () => {
    const latest = new LatestRecords();
    for (let copy = 0; copy < 500; copy++) {
      latest.add({ ...susiClosure, recordedAt: new Date(Date.UTC(2026, 10, 24, 0, copy)).toISOString().replace('Z', '+00:00') });
      latest.add({ ...susiRecord, recordedAt: new Date(Date.UTC(2026, 10, 20, 0, copy)).toISOString().replace('Z', '+00:00') });
    }
    assert.deepEqual([latest.closures.size, latest.captures.size], [1, 1]);
    async function* copies() {
      for (let copy = 0; copy < 1000; copy++) yield { ...susiClosure, overallAchieved: copy === 999 ? 'fully' : 'partially' };
    }
    const report = await aggregate(copies(), PERIOD);
    // Every copy at the same instant: the last one read wins.
    assert.equal(report.concluded, 1);
    assert.deepEqual(report.sac.SG4a.achieved, { fully: 1, partially: 0, not: 0 });
  });
});

