import { expect } from '@open-wc/testing';
import { migrate, parseReviewClose, safeParseReviewClose } from '../../../src/schemas/index.js';
import { joyceCeasedClosureV1, joyceReviewV1, mrsTClosureV1, susiClosureV1 } from '../../../fixtures/states/review-close.records.v1.js';
import { joyceReview } from '../../../fixtures/states/review-close.records.js';
import { publishedValidators } from './helpers.js';

const samplesV1 = { joyceReviewV1, susiClosureV1, mrsTClosureV1, joyceCeasedClosureV1 };

/** A version-1 closure as version 2 has it: its risk under a source not recorded, and what version 2 adds. */
function expectedClosure(v1: Record<string, unknown>, added: Record<string, unknown>) {
  const { risk, ...rest } = v1;
  return { ...rest, version: 2, ...added, enquiryType: 'not-recorded', risks: { 'not-recorded': risk }, quoteConsent: 'not-asked' };
}

describe('msp.review-close: version 1 records migrate to version 2', () => {
  for (const [name, record] of Object.entries(samplesV1)) {
    it(`${name} becomes a valid version-2 record, for zod and both JSON Schemas`, async () => {
      const given = structuredClone(record);
      const result = migrate(given);
      if (!result.success) expect.fail(JSON.stringify(result.issues));
      const parsed = safeParseReviewClose(result.data);
      expect(parsed.success, JSON.stringify(!parsed.success && parsed.issues)).to.be.true;
      const { draft2020, draft07 } = await publishedValidators();
      expect(draft2020(result.data), JSON.stringify(draft2020.errors)).to.be.true;
      expect(draft07(result.data), JSON.stringify(draft07.errors)).to.be.true;
      // The record given is not changed.
      expect(given).to.deep.equal(record);
    });
  }

  it('a review changes only its version', () => {
    expect(parseReviewClose(joyceReviewV1)).to.deep.equal({ ...joyceReviewV1, version: 2 });
    expect(parseReviewClose(joyceReviewV1)).to.deep.equal(joyceReview);
  });

  it('Susi’s ending: concluded on the day of the ending conversation; partly achieved overall (fully, partly, not)', () => {
    expect(parseReviewClose(susiClosureV1)).to.deep.equal(
      expectedClosure(susiClosureV1, { concludedOn: '2026-11-24', overallAchieved: 'partially' }),
    );
  });

  it('Mrs T’s ending: outcomes not expressed, so no overall answer', () => {
    const migrated = parseReviewClose(mrsTClosureV1);
    expect(migrated).to.deep.equal(expectedClosure(mrsTClosureV1, { concludedOn: '2026-10-19' }));
    expect(migrated).to.not.have.property('overallAchieved');
  });

  it('Joyce’s ceased enquiry: no ending conversation, so concluded on the day it was recorded, as written', () => {
    expect(parseReviewClose(joyceCeasedClosureV1)).to.deep.equal(
      expectedClosure(joyceCeasedClosureV1, { concludedOn: '2026-11-24', overallAchieved: 'partially' }),
    );
    const lateEvening = { ...structuredClone(joyceCeasedClosureV1), recordedAt: '2026-11-24T23:30:00-05:00' };
    // The day as the practitioner wrote it, not turned into another time zone's day.
    expect(parseReviewClose(lateEvening).concludedOn).to.equal('2026-11-24');
  });

  it('the overall answer is the roll-up of the results: all fully, fully; all not, not', () => {
    const withResults = (achieved: string[]) =>
      parseReviewClose({
        ...structuredClone(susiClosureV1),
        outcomeResults: susiClosureV1.outcomeResults.slice(0, achieved.length).map((result, index) => ({ ...result, achieved: achieved[index] })),
      }).overallAchieved;
    expect(withResults(['fully', 'fully', 'fully'])).to.equal('fully');
    expect(withResults(['not', 'not'])).to.equal('not');
    expect(withResults(['fully', 'not'])).to.equal('partially');
    expect(withResults(['partially'])).to.equal('partially');
  });

  it('a version-1 record that was invalid stays invalid, reported, not reshaped into something else', () => {
    const result = safeParseReviewClose({ ...structuredClone(susiClosureV1), risk: { actionAndResult: 'risk-maybe' } });
    if (result.success) expect.fail('accepted');
    expect(result.issues.map((issue) => issue.path.join('.'))).to.deep.equal(['risks.not-recorded.actionAndResult']);
  });
});
