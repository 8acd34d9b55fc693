import { expect } from '@open-wc/testing';
import {
  parseOnePageProfile,
  RecordParseError,
  recordKinds,
  safeParseOnePageProfile,
  type RecordIssue,
} from '../../../src/schemas/index.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import * as samples from '../../../fixtures/states/one-page-profile.records.js';
import { compile2020, compileDraft07 } from '../../vendor/ajv.js';

const records = Object.entries(samples).filter(([, value]) => typeof value === 'object') as [string, OnePageProfileRecord][];
const { joyceProfile, joyceWithPhoto, joyceWithChart } = samples;

function issuesOf(input: unknown): RecordIssue[] {
  try {
    parseOnePageProfile(input);
  } catch (error) {
    expect(error).to.be.instanceOf(RecordParseError);
    return (error as RecordParseError).issues;
  }
  expect.fail('the record was accepted');
}

/** Where the problems are, each place once (an empty text is both too short and blank). */
const paths = (issues: RecordIssue[]) => [...new Set(issues.map((issue) => issue.path.join('.')))];

async function published() {
  const load = async (file: string) => (await fetch(`/schemas/${file}`)).json();
  return {
    draft2020: compile2020(await load('one-page-profile.schema.json')),
    draft07: compileDraft07(await load('one-page-profile.draft-07.schema.json')),
  };
}

describe('parseOnePageProfile', () => {
  it('is registered as a record kind', () => {
    expect(recordKinds['one-page-profile'].kind).to.equal('msp.one-page-profile');
  });

  for (const [name, record] of records) {
    it(`accepts the sample ${name} as given, and so do both published JSON Schemas`, async () => {
      expect(parseOnePageProfile(structuredClone(record))).to.deep.equal(record);
      const { draft2020, draft07 } = await published();
      expect(draft2020(record), JSON.stringify(draft2020.errors)).to.be.true;
      expect(draft07(record), JSON.stringify(draft07.errors)).to.be.true;
    });
  }

  it('reads null as absent in the optional fields', () => {
    const withNulls = { ...joyceProfile, photo: null, communication: null, helpedBy: null, subjectRef: null, recordedBy: null };
    const { photo: _p, communication: _c, helpedBy: _h, subjectRef: _s, recordedBy: _r, ...expected } = joyceProfile as Record<string, unknown>;
    expect(parseOnePageProfile(withNulls)).to.deep.equal(expected);
  });

  it('refuses a photo without words that describe it, in zod and in the JSON Schema', async () => {
    const record = { ...joyceWithPhoto, photo: { src: joyceWithPhoto.photo!.src } };
    expect(paths(issuesOf(record))).to.deep.equal(['photo.alt']);
    expect(paths(issuesOf({ ...joyceWithPhoto, photo: { ...joyceWithPhoto.photo, alt: '  ' } }))).to.deep.equal(['photo.alt']);
    const { draft2020, draft07 } = await published();
    expect(draft2020(record)).to.be.false;
    expect(draft07(record)).to.be.false;
  });

  it('refuses a photo that is not an image data URL or an https URL, or is too long', async () => {
    const { draft2020 } = await published();
    const bad = [
      'http://example.org/a.jpg',
      'data:text/html;base64,PGI+aGk8L2I+',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'javascript:alert(1)',
      `data:image/png;base64,${'A'.repeat(150_000)}`,
    ];
    for (const src of bad) {
      const record = { ...joyceWithPhoto, photo: { ...joyceWithPhoto.photo, src } };
      expect(paths(issuesOf(record)), src.slice(0, 30)).to.deep.equal(['photo.src']);
      expect(draft2020(record), src.slice(0, 30)).to.be.false;
    }
  });

  it('needs the name, at least one statement in each section, and who may see it', () => {
    const issues = issuesOf({ ...joyceProfile, name: ' ', likedAndAdmired: [], importantToMe: [], howToSupportMe: [], sharedWith: '' });
    expect(paths(issues)).to.deep.equal(['name', 'likedAndAdmired', 'importantToMe', 'howToSupportMe', 'sharedWith']);
  });

  it('refuses two statements with one id in a section, as the x-msp-rules say', async () => {
    const twice = joyceProfile.importantToMe[0];
    const issues = issuesOf({ ...joyceProfile, importantToMe: [twice, { ...twice, text: 'Something else' }] });
    expect(issues.map((issue) => [issue.path.join('.'), issue.rule])).to.deep.equal([['importantToMe.1.id', 'unique-importantToMe-ids']]);
    const schema = await (await fetch('/schemas/one-page-profile.schema.json')).json();
    expect(schema['x-msp-rules'].map((rule: { id: string }) => rule.id)).to.deep.equal([
      'unique-likedAndAdmired-ids',
      'unique-importantToMe-ids',
      'unique-howToSupportMe-ids',
      'unique-communication-ids',
    ]);
  });

  it('refuses a chart row with a box left empty, and a field the schema does not name', () => {
    const row = { ...joyceWithChart.communication![0], weShould: '' };
    expect(paths(issuesOf({ ...joyceWithChart, communication: [row] }))).to.deep.equal(['communication.0.weShould']);
    expect(issuesOf({ ...joyceProfile, riskScore: 3 })[0].code).to.equal('unrecognized_keys');
  });

  it('issues never repeat the person’s words', () => {
    const result = safeParseOnePageProfile({ ...joyceProfile, name: 'x'.repeat(101), sharedWith: 'Secret words '.repeat(50) });
    expect(result.success).to.be.false;
    expect(JSON.stringify(result)).to.not.contain('Secret words');
  });
});
