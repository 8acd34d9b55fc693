import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecordModel, type RecordDefinition } from '../../src/core/record-model.js';
import {
  isEmptyQuestionnaire,
  loadQuestionnaire,
  setAnswer,
  type WorkingQuestionnaire,
  type QuestionnaireView,
} from '../../src/elements/experience-questionnaire/experience-questionnaire.state.js';
import { experienceQuestionnaire, type ExperienceQuestionnaireRecord } from '../../src/schemas/experience-questionnaire.js';

const given: ExperienceQuestionnaireRecord = {
  kind: 'msp.experience-questionnaire',
  version: 2,
  id: '7a2e3c4d-5b6f-4a70-8b9c-0d1e2f3a4b5c',
  caseRef: 'SG-2026-0412',
  recordedAt: '2026-12-02T14:05:00+00:00',
  locale: 'en-GB',
  completedBy: 'person',
  answers: [
    { question: 'in-control', answer: 'yes' },
    { question: 'feel-safer', skipped: true },
  ],
  // Spaces at the ends, kept as given: accepted means kept.
  couldBeBetter: '  A letter after each meeting, in big print.  ',
};

/** The questionnaire's own definition, as its element gives it, with a page in Welsh and a host's case reference. */
function model(options: { tidied?: string[]; locale?: 'en-GB' | 'cy'; caseRef?: string; closureId?: string } = {}) {
  const definition: RecordDefinition<WorkingQuestionnaire, QuestionnaireView> = {
    recordKind: experienceQuestionnaire,
    newRecordFields: () => ({ answers: [] }),
    load: loadQuestionnaire,
    reviveView: () => ({}),
    isEmpty: isEmptyQuestionnaire,
    contextIssues: () => [],
    tidy: (record) => options.tidied?.push(record.id),
  };
  return new RecordModel<ExperienceQuestionnaireRecord, WorkingQuestionnaire, QuestionnaireView>(definition, {
    locale: () => options.locale ?? 'en-GB',
    references: () => ({ caseRef: options.caseRef, closureId: options.closureId }),
  });
}

describe('RecordModel: the record a form element edits, with no DOM', () => {
  it('keeps a valid record exactly as given, and finds no problem in it', () => {
    const records = model();
    assert.equal(records.setHostValue(structuredClone(given)), true);
    records.sync();
    assert.deepEqual(records.value, given);
    assert.equal(records.json, JSON.stringify(given));
    assert.deepEqual(records.issues, []);
    assert.equal(records.fresh, false);
    assert.equal(records.edited, false);
  });

  it('changes nothing when the same value is given again, or the record it holds is echoed back', () => {
    const records = model();
    records.setHostValue(given);
    records.sync();
    assert.equal(records.setHostValue(structuredClone(given)), false);
    assert.equal(records.setHostValue(JSON.stringify(given)), false);
  });

  it('keeps malformed JSON as given and says what is wrong, without the words', () => {
    const records = model();
    const problem = records.setHostValue('{"kind": "msp.experience-questionnaire", "couldBeBetter": "secret');
    assert.ok(typeof problem === 'object');
    assert.equal(problem.code, 'invalid-json');
    assert.ok(!JSON.stringify(problem).includes('secret'));
    assert.equal(records.value, '{"kind": "msp.experience-questionnaire", "couldBeBetter": "secret');
    assert.equal(records.formValue(true), '{"kind": "msp.experience-questionnaire", "couldBeBetter": "secret');
  });

  it('keeps a value that fails the schema, and shows what it can read of it', () => {
    const records = model();
    const invalid = { ...given, completedBy: 'a neighbour' };
    const problem = records.setHostValue(invalid);
    assert.ok(typeof problem === 'object');
    assert.equal(problem.code, 'invalid-value');
    assert.deepEqual(records.value, invalid);
    assert.equal(records.record.couldBeBetter, given.couldBeBetter);
    assert.equal(records.record.completedBy, undefined);
  });

  it('an edit changes the record, tidies it, stamps the time and carries the host reference', () => {
    const tidied: string[] = [];
    const records = model({ tidied, caseRef: 'SG-2027-0001' });
    records.setHostValue(given);
    records.sync();
    records.edit((record) => setAnswer(record, 'feel-safer', 'partly'));
    records.sync();
    assert.equal(records.edited, true);
    assert.deepEqual(tidied, [given.id]);
    assert.notEqual(records.value.recordedAt, given.recordedAt);
    assert.equal(records.value.caseRef, 'SG-2027-0001');
    assert.deepEqual(records.value.answers[1], { question: 'feel-safer', answer: 'partly' });
    assert.equal(records.value.couldBeBetter, given.couldBeBetter);
  });

  it('a fresh record follows the page language and the host reference until it is saved', () => {
    const records = model({ locale: 'cy', caseRef: 'SG-2027-0002' });
    records.ensure();
    records.sync();
    assert.equal(records.fresh, true);
    assert.equal(records.value.locale, 'cy');
    assert.equal(records.value.caseRef, 'SG-2027-0002');
    assert.equal(records.empty, true);
    assert.equal(records.formValue(false), null, 'an optional record nobody filled in sends nothing');
    assert.equal(records.formValue(true), records.json);
  });

  it('a reference an element adds fills the record field of its name: a fresh record at once, a saved one when edited', () => {
    const closureId = 'c3d4e5f6-0718-4c9d-8e1f-2a3b4c5d6e7f';
    const fresh = model({ closureId });
    fresh.ensure();
    fresh.sync();
    assert.equal(fresh.value.closureId, closureId);
    const saved = model({ closureId });
    saved.setHostValue(given);
    saved.sync();
    assert.equal(saved.value.closureId, undefined, 'accepted means kept');
    saved.edit((record) => setAnswer(record, 'in-control', 'no'));
    saved.sync();
    assert.equal(saved.value.closureId, closureId);
  });

  it('a snapshot comes back as it was, edited and all', () => {
    const records = model();
    records.setHostValue(given);
    records.edit((record) => setAnswer(record, 'in-control', 'no'));
    records.sync();
    const snapshot = JSON.parse(records.snapshotJson());
    const restored = model();
    assert.equal(restored.restore(snapshot), true);
    restored.sync();
    assert.equal(restored.json, records.json);
    assert.equal(restored.edited, true);
    assert.equal(model().restore({ record: 'not a record' }), false);
  });

  it('what was saved is what reset returns to', () => {
    const records = model();
    records.setHostValue(given);
    records.edit((record) => setAnswer(record, 'in-control', 'no'));
    records.sync();
    const saved = records.json;
    records.markSaved();
    records.sync();
    records.edit((record) => setAnswer(record, 'in-control', 'partly'));
    records.reset();
    records.sync();
    assert.equal(records.json, saved);
    assert.equal(records.edited, false);
  });
});
