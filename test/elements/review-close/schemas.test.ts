import { expect } from '@open-wc/testing';
import {
  ACTION_AND_RESULT,
  ACTION_AND_RESULT_SAC_LABELS,
  ACTION_AND_RESULT_WITH_RISK_OUTCOME,
  ACTION_AND_RESULT_WITHOUT_RISK_OUTCOME,
  ASKED_ABOUT_OUTCOMES,
  ENQUIRY_RESPONSES,
  ENQUIRY_TYPES,
  QUOTE_CONSENT,
  QUOTE_CONSENT_BY,
  RISK_OUTCOME,
  RISK_SOURCE_SAC_LABELS,
  RecordParseError,
  rolledUpAchievement,
  type QuoteConsent,
  type QuoteConsentBy,
  parseReviewClose,
  reviewCloseLinkIssues,
  riskOutcomeApplies,
  safeParseReviewClose,
  type RecordIssue,
} from '../../../src/schemas/index.js';
import { joyceRecord, mrARecord, mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { joyceCeasedClosure, joyceReview, mrAClosure, mrsTClosure, susiClosure, susiReview } from '../../../fixtures/states/review-close.records.js';
import { publishedValidators } from './helpers.js';

const samples = { joyceReview, susiReview, susiClosure, mrsTClosure, joyceCeasedClosure, mrAClosure };

/** A deep copy of a sample, changed by `change`, typed loosely so a test can break it. */
function broken(base: object, change: (record: Record<string, any>) => void): Record<string, any> {
  const record = structuredClone(base) as Record<string, any>;
  change(record);
  return record;
}

function issuesOf(input: unknown): RecordIssue[] {
  const result = safeParseReviewClose(input);
  if (result.success) expect.fail('the record was accepted');
  return result.issues;
}

const paths = (issues: RecordIssue[]) => issues.map((issue) => issue.path.join('.'));

describe('msp.review-close: the sample records', () => {
  for (const [name, record] of Object.entries(samples)) {
    it(`${name} is accepted by zod and both JSON Schemas, and comes back unchanged`, async () => {
      const { draft2020, draft07 } = await publishedValidators();
      expect(parseReviewClose(structuredClone(record))).to.deep.equal(record);
      expect(draft2020(record), JSON.stringify(draft2020.errors)).to.be.true;
      expect(draft07(record), JSON.stringify(draft07.errors)).to.be.true;
    });
  }

  it('each fits the outcome-capture record it names', () => {
    expect(reviewCloseLinkIssues(joyceRecord, joyceReview)).to.deep.equal([]);
    expect(reviewCloseLinkIssues(susiRecord, susiClosure)).to.deep.equal([]);
    expect(reviewCloseLinkIssues(mrsTRecord, mrsTClosure)).to.deep.equal([]);
    expect(reviewCloseLinkIssues(joyceRecord, joyceCeasedClosure)).to.deep.equal([]);
    expect(reviewCloseLinkIssues(susiRecord, susiReview)).to.deep.equal([]);
    expect(reviewCloseLinkIssues(mrARecord, mrAClosure)).to.deep.equal([]);
  });
});

describe('msp.review-close: SG2c and SG2e, in zod and in the JSON Schema', () => {
  it('the SG2c codes carry the SAC’s exact labels, and split into those with a risk outcome and those without', () => {
    expect(ACTION_AND_RESULT_SAC_LABELS).to.deep.equal({
      'risk-identified-action-taken': 'Risk identified and action taken',
      'risk-identified-no-action-taken': 'Risk identified and no action taken',
      'assessment-inconclusive-action-taken': 'Risk Assessment inconclusive and action taken',
      'assessment-inconclusive-no-action-taken': 'Risk Assessment inconclusive and no action taken',
      'no-risk-identified-action-taken': 'No risk identified and action taken',
      'no-risk-identified-no-action-taken': 'No risk identified and no action taken',
      'ceased-at-request-no-action-taken': "Enquiry ceased at individual's request and no action taken",
    });
    expect([...ACTION_AND_RESULT_WITH_RISK_OUTCOME, ...ACTION_AND_RESULT_WITHOUT_RISK_OUTCOME].sort()).to.deep.equal([...ACTION_AND_RESULT].sort());
    expect(ACTION_AND_RESULT.filter(riskOutcomeApplies)).to.deep.equal(['risk-identified-action-taken', 'assessment-inconclusive-action-taken']);
  });

  for (const code of ACTION_AND_RESULT) {
    const applies = riskOutcomeApplies(code);
    describe(`"${code}"`, () => {
      for (const riskOutcome of [...RISK_OUTCOME, undefined, null]) {
        const valid = applies ? typeof riskOutcome === 'string' : riskOutcome == null;
        it(`${valid ? 'accepts' : 'refuses'} ${riskOutcome === undefined ? 'no risk outcome' : `risk outcome ${riskOutcome}`}`, async () => {
          const record = broken(susiClosure, (r) => {
            r.risks = { 'known-to-individual': riskOutcome === undefined ? { actionAndResult: code } : { actionAndResult: code, riskOutcome } };
          });
          const { draft2020, draft07 } = await publishedValidators();
          expect(draft2020(record), 'draft 2020-12').to.equal(valid);
          expect(draft07(record), 'draft-07').to.equal(valid);
          const result = safeParseReviewClose(record);
          expect(result.success, 'zod').to.equal(valid);
          if (!result.success) {
            // A clear error, at the risk outcome (missing, or not allowed), and never the words of the record.
            expect(paths(result.issues)).to.deep.equal(['risks.known-to-individual.riskOutcome']);
            expect(JSON.stringify(result.issues)).to.not.contain('Susi');
          }
        });
      }
    });
  }

  it('an unknown SG2c code is refused at actionAndResult', () => {
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.risks = { 'service-provider': { actionAndResult: 'risk-maybe' } }))))).to.deep.equal([
      'risks.service-provider.actionAndResult',
    ]);
  });
});

describe('msp.review-close: the record’s shape', () => {
  it('a review may not carry closure answers, nor a closure review answers', () => {
    expect(paths(issuesOf(broken(joyceReview, (r) => (r.feedback = 'not-offered'))))).to.deep.equal(['feedback']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.nextReviewDate = '2027-01-12'))))).to.deep.equal(['nextReviewDate']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.outcomeReviews = []))))).to.deep.equal(['outcomeReviews']);
  });

  it('vendors’ nulls are read as absent, and left out of the record given back', () => {
    const withNulls = broken(susiClosure, (r) => {
      r.subjectRef = null;
      r.nextReviewDate = null;
      r.outcomeReviews = null;
      r.ending.whyNot = null;
      r.procedure.departure = null;
      r.outcomeResults[1].barriers = null;
    });
    expect(parseReviewClose(withNulls)).to.deep.equal(susiClosure);
  });

  it('at closure, results only where outcomes were expressed: achievement does not apply otherwise', () => {
    for (const asked of ASKED_ABOUT_OUTCOMES.filter((code) => code !== 'asked-expressed')) {
      expect(parseReviewClose({ ...mrsTClosure, asked }).asked).to.equal(asked);
      expect(paths(issuesOf({ ...mrsTClosure, asked, outcomeResults: susiClosure.outcomeResults }))).to.deep.equal(['outcomeResults']);
    }
    expect(paths(issuesOf({ ...susiClosure, outcomeResults: [] }))).to.deep.equal(['outcomeResults']);
    expect(paths(issuesOf(broken(susiClosure, (r) => delete r.outcomeResults)))).to.deep.equal(['outcomeResults']);
  });

  it('a result’s achievement is one of the SG4a codes', () => {
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.outcomeResults[0].achieved = 'mostly'))))).to.deep.equal(['outcomeResults.0.achieved']);
  });

  it('a change at review carries the earlier words, the new words, why and when; an unchanged outcome carries none', () => {
    expect(paths(issuesOf(broken(joyceReview, (r) => delete r.outcomeReviews[1].reason)))).to.deep.equal(['outcomeReviews.1.reason']);
    expect(paths(issuesOf(broken(joyceReview, (r) => (r.outcomeReviews[1].newWords = '  '))))).to.deep.equal(['outcomeReviews.1.newWords']);
    expect(paths(issuesOf(broken(joyceReview, (r) => (r.outcomeReviews[0].newWords = 'Something'))))).to.deep.equal(['outcomeReviews.0.newWords']);
  });

  it('the ending conversation: when, how and who only where it happened; why not only where it did not', () => {
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.ending.whyNot = 'Busy'))))).to.deep.equal(['ending.whyNot']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.ending.participants = []))))).to.deep.equal(['ending.participants']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.ending.participants = ['person', 'person']))))).to.deep.equal(['ending.participants']);
    expect(paths(issuesOf(broken(joyceCeasedClosure, (r) => (r.ending.date = '2026-11-20'))))).to.deep.equal(['ending.date']);
  });

  it('a departure from procedure is said, and only where the procedure was not followed', () => {
    expect(paths(issuesOf(broken(joyceCeasedClosure, (r) => delete r.procedure.departure)))).to.deep.equal(['procedure.departure']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.procedure.departure = 'Something'))))).to.deep.equal(['procedure.departure']);
  });

  it('x-msp-rules: each outcome at most once, new outcome ids unique; the issue names its rule', async () => {
    const twice = broken(susiClosure, (r) => r.outcomeResults.push({ ...r.outcomeResults[0] }));
    expect(issuesOf(twice).map((issue) => [issue.path.join('.'), issue.rule])).to.deep.equal([['outcomeResults.3.outcomeId', 'unique-outcome-results']]);
    const reviewedTwice = broken(joyceReview, (r) => (r.outcomeReviews[1].outcomeId = r.outcomeReviews[0].outcomeId));
    expect(issuesOf(reviewedTwice).map((issue) => issue.rule)).to.deep.equal(['unique-outcome-reviews']);
    const sameNewId = broken(joyceReview, (r) => r.newOutcomes.push({ ...r.newOutcomes[0] }));
    expect(issuesOf(sameNewId).map((issue) => issue.rule)).to.deep.equal(['unique-new-outcome-ids']);
    // JSON Schema cannot say it: the published schema lists the rules instead.
    const { draft2020 } = await publishedValidators();
    expect(draft2020(twice)).to.be.true;
    const schema = await (await fetch('/schemas/review-close.schema.json')).json();
    expect(schema['x-msp-rules'].map((rule: { id: string }) => rule.id)).to.deep.equal([
      'unique-outcome-reviews',
      'unique-new-outcome-ids',
      'unique-outcome-results',
      'change-differs',
    ]);
  });

  it('parseReviewClose throws a RecordParseError without the person’s words', () => {
    const record = broken(susiClosure, (r) => (r.stage = 'finished'));
    expect(() => parseReviewClose(record)).to.throw(RecordParseError).with.property('message').that.does.not.contain('Susi');
  });
});

describe('msp.review-close: what a closure says for the Board and the national return', () => {
  it('risks: one entry per source, at least one, no other keys; the JSON Schema says so in both drafts', async () => {
    const { draft2020, draft07 } = await publishedValidators();
    const cases: [string, unknown, boolean][] = [
      ['two sources', mrAClosure.risks, true],
      ['a source not recorded', { 'not-recorded': { actionAndResult: 'no-risk-identified-no-action-taken' } }, true],
      ['no source', {}, false],
      ['an unknown source', { neighbour: { actionAndResult: 'no-risk-identified-no-action-taken' } }, false],
      ['a source given as null', { 'service-provider': null }, false],
      ['a list instead', [{ actionAndResult: 'no-risk-identified-no-action-taken' }], false],
    ];
    for (const [what, risks, valid] of cases) {
      const record = broken(mrAClosure, (r) => (r.risks = risks));
      expect(safeParseReviewClose(record).success, `zod: ${what}`).to.equal(valid);
      expect(draft2020(record), `draft 2020-12: ${what}`).to.equal(valid);
      expect(draft07(record), `draft-07: ${what}`).to.equal(valid);
    }
    expect(paths(issuesOf(broken(mrAClosure, (r) => (r.risks = {}))))).to.deep.equal(['risks']);
    // The old single risk is no longer a field.
    const oldRisk = issuesOf(broken(mrAClosure, (r) => (r.risk = { actionAndResult: 'no-risk-identified-no-action-taken' })));
    expect(oldRisk.map((issue) => issue.code)).to.deep.equal(['unrecognized_keys']);
    const schema = await (await fetch('/schemas/review-close.schema.json')).json();
    expect(schema.$defs.RiskResults).to.include({ minProperties: 1, additionalProperties: false });
    const draft7 = await (await fetch('/schemas/review-close.draft-07.schema.json')).json();
    expect(draft7.definitions.RiskResults).to.include({ minProperties: 1, additionalProperties: false });
    expect(Object.keys(schema.$defs.RiskResults.properties)).to.deep.equal(['service-provider', 'known-to-individual', 'unknown-to-individual', 'not-recorded']);
  });

  it('the SAC labels of the sources of risk', () => {
    expect(RISK_SOURCE_SAC_LABELS).to.deep.equal({
      'service-provider': 'Service Provider',
      'known-to-individual': 'Other - Known to Individual',
      'unknown-to-individual': 'Other - Unknown to Individual',
    });
  });

  it('concludedOn and enquiryType are required at closure, and refused at a review', () => {
    expect(paths(issuesOf(broken(susiClosure, (r) => delete r.concludedOn)))).to.deep.equal(['concludedOn']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.concludedOn = '24/11/2026'))))).to.deep.equal(['concludedOn']);
    expect(paths(issuesOf(broken(susiClosure, (r) => delete r.enquiryType)))).to.deep.equal(['enquiryType']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.enquiryType = 'section-9'))))).to.deep.equal(['enquiryType']);
    for (const enquiryType of ENQUIRY_TYPES) expect(parseReviewClose({ ...susiClosure, enquiryType }).enquiryType).to.equal(enquiryType);
    expect(paths(issuesOf(broken(joyceReview, (r) => (r.concludedOn = '2026-11-24'))))).to.deep.equal(['concludedOn']);
    expect(paths(issuesOf(broken(joyceReview, (r) => (r.enquiryType = 'section-42'))))).to.deep.equal(['enquiryType']);
  });

  it('overallAchieved: required where outcomes were expressed, absent otherwise', () => {
    expect(paths(issuesOf(broken(susiClosure, (r) => delete r.overallAchieved)))).to.deep.equal(['overallAchieved']);
    expect(paths(issuesOf(broken(susiClosure, (r) => (r.overallAchieved = 'mostly'))))).to.deep.equal(['overallAchieved']);
    expect(paths(issuesOf({ ...mrsTClosure, overallAchieved: 'fully' }))).to.deep.equal(['overallAchieved']);
    // The record keeps what was chosen, even where it is not the roll-up of the results.
    expect(parseReviewClose({ ...susiClosure, overallAchieved: 'fully' }).overallAchieved).to.equal('fully');
    expect(rolledUpAchievement(['fully', 'fully'])).to.equal('fully');
    expect(rolledUpAchievement(['not', 'not'])).to.equal('not');
    expect(rolledUpAchievement(['fully', 'not'])).to.equal('partially');
    expect(rolledUpAchievement(['partially'])).to.equal('partially');
    expect(rolledUpAchievement([])).to.equal(undefined);
  });

  it('responses: optional, each at most once, from the list', async () => {
    expect(parseReviewClose(broken(susiClosure, (r) => delete r.responses))).to.not.have.property('responses');
    expect(parseReviewClose({ ...susiClosure, responses: [...ENQUIRY_RESPONSES] }).responses).to.deep.equal([...ENQUIRY_RESPONSES]);
    expect(paths(issuesOf({ ...susiClosure, responses: ['mediation', 'mediation'] }))).to.deep.equal(['responses']);
    expect(paths(issuesOf({ ...susiClosure, responses: ['counselling'] }))).to.deep.equal(['responses.0']);
    const { draft2020 } = await publishedValidators();
    expect(draft2020({ ...susiClosure, responses: ['mediation', 'mediation'] })).to.be.false;
  });

  it('quoteConsent: required at closure; who answered exactly where it was yes or no', async () => {
    const { draft2020, draft07 } = await publishedValidators();
    const cases: [QuoteConsent | undefined, QuoteConsentBy | undefined, boolean][] = [
      ['yes', 'person', true],
      ['no', 'representative', true],
      ['not-asked', undefined, true],
      ['yes', undefined, false],
      ['no', undefined, false],
      ['not-asked', 'person', false],
      [undefined, undefined, false],
    ];
    for (const [quoteConsent, quoteConsentBy, valid] of cases) {
      const record = broken(susiClosure, (r) => {
        delete r.quoteConsent;
        delete r.quoteConsentBy;
        if (quoteConsent) r.quoteConsent = quoteConsent;
        if (quoteConsentBy) r.quoteConsentBy = quoteConsentBy;
      });
      const what = `${quoteConsent} by ${quoteConsentBy}`;
      expect(safeParseReviewClose(record).success, `zod: ${what}`).to.equal(valid);
      expect(draft2020(record), `draft 2020-12: ${what}`).to.equal(valid);
      expect(draft07(record), `draft-07: ${what}`).to.equal(valid);
    }
    expect(QUOTE_CONSENT).to.deep.equal(['yes', 'no', 'not-asked']);
    expect(QUOTE_CONSENT_BY).to.deep.equal(['person', 'representative']);
    expect(paths(issuesOf(broken(joyceReview, (r) => (r.quoteConsent = 'not-asked'))))).to.deep.equal(['quoteConsent']);
  });
});

describe('msp.review-close: withdrawing an outcome at a review, and a change that changes nothing', () => {
  it('an unchanged outcome may be withdrawn, with when and why; a changed one may not', async () => {
    const { draft2020, draft07 } = await publishedValidators();
    expect(draft2020(susiReview)).to.be.true;
    expect(draft07(susiReview)).to.be.true;
    expect(paths(issuesOf(broken(susiReview, (r) => delete r.outcomeReviews[2].withdrawn.reason)))).to.deep.equal(['outcomeReviews.2.withdrawn.reason']);
    expect(paths(issuesOf(broken(susiReview, (r) => (r.outcomeReviews[2].withdrawn.reason = '   '))))).to.deep.equal(['outcomeReviews.2.withdrawn.reason']);
    expect(paths(issuesOf(broken(susiReview, (r) => (r.outcomeReviews[2].withdrawn.withdrawnAt = '2026-11-10'))))).to.deep.equal([
      'outcomeReviews.2.withdrawn.withdrawnAt',
    ]);
    const changedAndWithdrawn = broken(joyceReview, (r) => (r.outcomeReviews[1].withdrawn = susiReview.outcomeReviews[2].withdrawn));
    expect(paths(issuesOf(changedAndWithdrawn))).to.deep.equal(['outcomeReviews.1.withdrawn']);
    expect(draft2020(changedAndWithdrawn)).to.be.false;
    expect(parseReviewClose(broken(susiReview, (r) => (r.outcomeReviews[0].withdrawn = null))).outcomeReviews![0]).to.not.have.property('withdrawn');
  });

  it('new words the same as the earlier ones, once spaces at the ends are trimmed, are refused by rule change-differs', async () => {
    for (const newWords of ['I want him to keep visiting me.', '  I want him to keep visiting me. ', 'I want him to keep visiting me.\n']) {
      const record = broken(joyceReview, (r) => (r.outcomeReviews[1].newWords = newWords));
      expect(issuesOf(record).map((issue) => [issue.path.join('.'), issue.rule])).to.deep.equal([['outcomeReviews.1.newWords', 'change-differs']]);
    }
    // Any other change of words, however small, is a change.
    expect(safeParseReviewClose(broken(joyceReview, (r) => (r.outcomeReviews[1].newWords = 'I want him to keep visiting me'))).success).to.be.true;
    // JSON Schema cannot compare two fields: the published schema lists the rule instead.
    const { draft2020 } = await publishedValidators();
    expect(draft2020(broken(joyceReview, (r) => (r.outcomeReviews[1].newWords = r.outcomeReviews[1].previousWords)))).to.be.true;
    const schema = await (await fetch('/schemas/review-close.schema.json')).json();
    expect(schema['x-msp-rules'].find((rule: { id: string }) => rule.id === 'change-differs')).to.deep.equal({
      id: 'change-differs',
      path: '/outcomeReviews/*/newWords',
      description: 'A change’s newWords differ from its previousWords once spaces at either end are trimmed.',
    });
  });
});
