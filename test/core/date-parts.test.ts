import { expect } from '@open-wc/testing';
import {
  dateFieldId,
  datePartsAtFault,
  dateProblem,
  dateProblemMessage,
  emptyDateParts,
  isoDateFromParts,
  partsFromIsoDate,
  type DateParts,
} from '../../src/core/fields.js';
import { setLocale } from '../../src/core/locale.js';

const typed = (day: string, month: string, year: string): DateParts => ({ day, month, year });

describe('date parts: the boxes and the ISO date', () => {
  it('fills the boxes from a stored date, without leading zeros', () => {
    expect(partsFromIsoDate('2026-11-18')).to.deep.equal({ day: '18', month: '11', year: '2026' });
    expect(partsFromIsoDate('2026-01-05')).to.deep.equal({ day: '5', month: '1', year: '2026' });
  });

  it('gives empty boxes for anything that is not an ISO date', () => {
    for (const value of [undefined, '', '18/11/2026', '2026-1-5', '2026-11-18T10:00:00Z', ' 2026-11-18', 'today']) {
      expect(partsFromIsoDate(value), String(value)).to.deep.equal(emptyDateParts());
    }
  });

  it('still shows a stored date that is not real, so the person can correct it', () => {
    expect(partsFromIsoDate('2026-02-31')).to.deep.equal({ day: '31', month: '2', year: '2026' });
  });

  it('makes 18 / 11 / 2026 into 2026-11-18', () => {
    expect(isoDateFromParts(typed('18', '11', '2026'))).to.equal('2026-11-18');
  });

  it('accepts leading zeros, single digits and spaces around each box', () => {
    expect(isoDateFromParts(typed('05', '01', '2026'))).to.equal('2026-01-05');
    expect(isoDateFromParts(typed('5', '1', '2026'))).to.equal('2026-01-05');
    expect(isoDateFromParts(typed(' 18 ', '11 ', '  2026'))).to.equal('2026-11-18');
  });

  it('knows the length of each month and leap years', () => {
    expect(isoDateFromParts(typed('31', '2', '2026'))).to.be.undefined;
    expect(isoDateFromParts(typed('29', '2', '2026'))).to.be.undefined;
    expect(isoDateFromParts(typed('29', '02', '2028'))).to.equal('2028-02-29');
    expect(isoDateFromParts(typed('29', '2', '2000'))).to.equal('2000-02-29');
    expect(isoDateFromParts(typed('29', '2', '1900'))).to.be.undefined;
    expect(isoDateFromParts(typed('31', '4', '2026'))).to.be.undefined;
    expect(isoDateFromParts(typed('30', '4', '2026'))).to.equal('2026-04-30');
    expect(isoDateFromParts(typed('31', '12', '2026'))).to.equal('2026-12-31');
  });

  it('gives nothing for boxes that cannot make a date', () => {
    const cases: [string, string, string][] = [
      ['0', '11', '2026'],
      ['32', '11', '2026'],
      ['18', '0', '2026'],
      ['18', '13', '2026'],
      ['18', '11', '202'],
      ['18', '11', '20266'],
      ['18', '11', '0000'],
      ['018', '11', '2026'],
      ['1a', '11', '2026'],
      ['18', 'Nov', '2026'],
      ['18.5', '11', '2026'],
      ['-1', '11', '2026'],
      ['18', '', '2026'],
      ['', '', ''],
      ['1 8', '11', '2026'],
    ];
    for (const [day, month, year] of cases) {
      expect(isoDateFromParts(typed(day, month, year)), `${day} / ${month} / ${year}`).to.be.undefined;
    }
  });

  it('round-trips every stored date unchanged', () => {
    for (const iso of ['2026-11-18', '2026-01-05', '2028-02-29', '1999-12-31', '2026-10-01']) {
      expect(isoDateFromParts(partsFromIsoDate(iso))).to.equal(iso);
    }
  });

  it('names the day box with the field id, so an error-summary link lands on it', () => {
    expect(dateFieldId('talked-on', 'day')).to.equal('talked-on');
    expect(dateFieldId('talked-on', 'month')).to.equal('talked-on-month');
    expect(dateFieldId('talked-on', 'year')).to.equal('talked-on-year');
  });
});

describe('date problems, in the order a person fixes them', () => {
  it('finds nothing wrong with a real date', () => {
    expect(dateProblem(typed('18', '11', '2026'))).to.be.undefined;
    expect(datePartsAtFault(undefined)).to.deep.equal([]);
  });

  it('says nothing was entered when every box is empty or blank', () => {
    expect(dateProblem(emptyDateParts())).to.deep.equal({ kind: 'missing' });
    expect(dateProblem(typed(' ', '  ', ''))).to.deep.equal({ kind: 'missing' });
    expect(datePartsAtFault({ kind: 'missing' })).to.deep.equal(['day', 'month', 'year']);
  });

  it('names the boxes left empty', () => {
    expect(dateProblem(typed('18', '', '2026'))).to.deep.equal({ kind: 'incomplete', missing: ['month'] });
    expect(dateProblem(typed('', ' ', '2026'))).to.deep.equal({ kind: 'incomplete', missing: ['day', 'month'] });
    expect(dateProblem(typed('', '11', ''))).to.deep.equal({ kind: 'incomplete', missing: ['day', 'year'] });
    expect(datePartsAtFault({ kind: 'incomplete', missing: ['day', 'year'] })).to.deep.equal(['day', 'year']);
  });

  it('asks for a missing box before questioning what is in the others', () => {
    expect(dateProblem(typed('99', '', '2026'))).to.deep.equal({ kind: 'incomplete', missing: ['month'] });
  });

  it('marks the day of 31 / 02 / 2026 as not real', () => {
    expect(dateProblem(typed('31', '02', '2026'))).to.deep.equal({ kind: 'not-real', parts: ['day'] });
  });

  it('marks the one box that cannot be right', () => {
    expect(dateProblem(typed('18', '13', '2026'))).to.deep.equal({ kind: 'not-real', parts: ['month'] });
    expect(dateProblem(typed('18', '0', '2026'))).to.deep.equal({ kind: 'not-real', parts: ['month'] });
    expect(dateProblem(typed('18', '11', '202'))).to.deep.equal({ kind: 'not-real', parts: ['year'] });
    expect(dateProblem(typed('32', '11', '2026'))).to.deep.equal({ kind: 'not-real', parts: ['day'] });
  });

  it('marks the whole date when more than one box is wrong', () => {
    expect(dateProblem(typed('32', '13', '2026'))).to.deep.equal({ kind: 'not-real', parts: ['day', 'month', 'year'] });
    expect(datePartsAtFault({ kind: 'not-real', parts: ['month'] })).to.deep.equal(['month']);
  });

  it('refuses a date after notAfter, and accepts that day itself', () => {
    expect(dateProblem(typed('18', '11', '2026'), { notAfter: '2026-11-17' })).to.deep.equal({ kind: 'future' });
    expect(dateProblem(typed('18', '11', '2026'), { notAfter: '2026-11-18' })).to.be.undefined;
    expect(dateProblem(typed('1', '1', '2027'), { notAfter: '2026-12-31' })).to.deep.equal({ kind: 'future' });
    expect(datePartsAtFault({ kind: 'future' })).to.deep.equal(['day', 'month', 'year']);
  });
});

describe('date problem messages', () => {
  const what = 'The date you talked with the person';

  afterEach(async () => {
    await setLocale('en-GB');
  });

  it('uses the GOV.UK wording in English', () => {
    expect(dateProblemMessage({ kind: 'missing' }, what)).to.equal('Enter the date you talked with the person');
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['month'] }, what)).to.equal(`${what} must include a month`);
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['day'] }, what)).to.equal(`${what} must include a day`);
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['year'] }, what)).to.equal(`${what} must include a year`);
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['day', 'year'] }, what)).to.equal(`${what} must include a day and year`);
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['day', 'month'] }, what)).to.equal(`${what} must include a day and month`);
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['month', 'year'] }, what)).to.equal(`${what} must include a month and year`);
    expect(dateProblemMessage({ kind: 'not-real', parts: ['day'] }, what)).to.equal(`${what} must be a real date`);
    expect(dateProblemMessage({ kind: 'future' }, what)).to.equal(`${what} must be today or in the past`);
  });

  it('keeps a capitalised abbreviation at the start of "Enter …"', () => {
    expect(dateProblemMessage({ kind: 'missing' }, 'BSL session date')).to.equal('Enter BSL session date');
  });

  it('speaks Welsh, joining "i" and the article as "i’r"', async () => {
    await setLocale('cy');
    const dyddiad = 'Y dyddiad y gwnaethoch chi siarad â’r person';
    expect(dateProblemMessage({ kind: 'missing' }, dyddiad)).to.equal('Rhowch y dyddiad y gwnaethoch chi siarad â’r person');
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['month'] }, dyddiad)).to.equal(
      'Rhaid i’r dyddiad y gwnaethoch chi siarad â’r person gynnwys mis',
    );
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['day', 'year'] }, dyddiad)).to.equal(
      'Rhaid i’r dyddiad y gwnaethoch chi siarad â’r person gynnwys diwrnod a blwyddyn',
    );
    expect(dateProblemMessage({ kind: 'not-real', parts: ['day'] }, dyddiad)).to.equal(
      'Rhaid i’r dyddiad y gwnaethoch chi siarad â’r person fod yn ddyddiad go iawn',
    );
    expect(dateProblemMessage({ kind: 'future' }, dyddiad)).to.equal(
      'Rhaid i’r dyddiad y gwnaethoch chi siarad â’r person fod heddiw neu yn y gorffennol',
    );
    expect(dateProblemMessage({ kind: 'incomplete', missing: ['day'] }, 'Yr adolygiad nesaf')).to.equal(
      'Rhaid i’r adolygiad nesaf gynnwys diwrnod',
    );
  });
});
