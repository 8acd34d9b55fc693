import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, csvCell, disclose, discloseCount, toCaseCsv, toCsv } from '../../src/aggregate/index.js';
import { mrsTClosure, susiClosure } from '../../fixtures/states/review-close.records.js';
import { expressed, notExpressed } from './aggregate.fixtures.js';

const PERIOD = { from: '2026-04-01', to: '2027-03-31' } as const;

/** The rows of a CSV file, each a list of cells (quotes undone). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') (cell += '"'), at++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[at + 1] === '\n') rows.push([...row, cell]), (row = []), (cell = ''), at++;
    else cell += char;
  }
  return rows;
}

describe('disclose: counts as NHS England publishes them', () => {
  it('suppresses 1 to 4 as [c], keeps 0, and rounds every other count to the nearest 5', () => {
    assert.deepEqual([0, 1, 4, 5, 7, 8, 12, 13, 1234].map(discloseCount), [0, '[c]', '[c]', 5, 5, 10, 10, 15, 1235]);
  });

  it('rounds totals on their own and keeps a percentage whose parts are shown', async () => {
    // Six enquiries with outcomes expressed (partially achieved), one without: 7 concluded.
    const records = [1, 2, 3, 4, 5, 6].map((n) => expressed(n));
    const report = disclose(await aggregate([...records, notExpressed(7)], PERIOD));
    assert.equal(report.disclosed, true);
    // 7 → 5, though its cells are 6 → 5 and 1 → [c]: the cells need not add up to the total.
    assert.equal(report.concluded, 5);
    assert.equal(report.byType['section-42'], 5);
    assert.deepEqual(report.sac.SG4a.asked, { 'asked-expressed': 5, 'asked-not-expressed': '[c]', 'not-asked': 0, 'dont-know': 0, 'not-recorded': 0 });
    // 6 of 7 is 85.7% → 86, from the raw counts.
    assert.deepEqual(report.measure.expressed, { count: 5, of: 5, percent: 86 });
    assert.deepEqual(report.measure.achieved, { count: 5, of: 5, percent: 100 });
    assert.equal(report.sac.SG3a.lackedCapacity['not-recorded'], 5);
    // Each of the six gives Susi's two comments and two barriers with consent: 30 quotes.
    assert.equal(report.quotes.length, 30);
    assert.deepEqual(report.cases, []);
    assert.equal(report.unlinked.length, 7);
  });

  it('hides a percentage, a median, quotes and departures beside a [c] cell', async () => {
    const departed = notExpressed(4, { procedure: { followed: false, departure: 'We met at the day centre, as she asked.' } });
    const raw = await aggregate([expressed(1), expressed(2), expressed(3), departed], PERIOD);
    assert.equal(raw.quotes.length, 15);
    const report = disclose(raw);
    assert.equal(report.concluded, '[c]');
    assert.deepEqual(report.measure.expressed, { count: '[c]', of: '[c]', percent: '[c]' });
    assert.deepEqual(report.quotes, []);
    assert.deepEqual(report.practice.procedure, { followed: '[c]', departed: '[c]', departures: [] });
    assert.deepEqual(report.practice.days, { median: null, of: 0 });
    // The raw report is left as it was.
    assert.equal(raw.concluded, 4);
    assert.equal(raw.practice.procedure.departures.length, 1);
  });
});

describe('toCsv and toCaseCsv', () => {
  const dimensions = {
    [susiClosure.caseRef]: { area: 'Ynys Môn' },
    [mrsTClosure.caseRef]: { area: '=HYPERLINK("http://example.org")' },
  };

  it('writes one row per cell with table, row, column, value, from and to, behind a byte-order mark', async () => {
    const report = await aggregate([susiClosure, mrsTClosure], { ...PERIOD, dimensions });
    const text = toCsv(report, { disclosure: false });
    assert.ok(text.startsWith('\uFEFFtable,row,column,value,from,to\r\n'));
    const rows = parseCsv(text.slice(1));
    assert.ok(rows.every((row) => row.length === 6), 'six cells in every row');
    const find = (table: string, row: string, column: string, from: string = PERIOD.from) =>
      rows.find((cells) => cells[0] === table && cells[1] === row && cells[2] === column && cells[4] === from)?.[3];
    assert.equal(find('SG4a question 1', 'Yes they were asked and outcomes were expressed', 'Concluded enquiries'), '1');
    assert.equal(find('SG4a question 1', 'Yes they were asked and outcomes were expressed', 'Concluded enquiries', '2025-04-01'), '0');
    assert.equal(find('SG2c', 'Risk identified and action taken', 'Other - Known to Individual'), '1');
    assert.equal(find('SG2c', 'No risk identified and no action taken', 'Service Provider'), '1');
    assert.equal(find('SG3a', 'Not recorded', 'Concluded enquiries'), '2');
    assert.equal(find('Outcome measure', 'Asked and expressed outcomes', 'percent'), '50');
    assert.equal(find('By area', 'Ynys Môn', 'Concluded enquiries'), '1');
    // No outcome capture, so no conversation to count days from: an empty median over 0 enquiries.
    assert.equal(find('Practice: days to conclusion', 'Median', 'days'), '');
    assert.equal(find('Practice: days to conclusion', 'Enquiries', 'count'), '0');
    // A host's value that Excel would run as a formula is escaped.
    assert.equal(find('By area', `'=HYPERLINK("http://example.org")`, 'Concluded enquiries'), '1');
    assert.ok(text.includes('"Yes, they lacked capacity"'));

    const published = parseCsv(toCsv(report, { disclosure: true }).slice(1));
    assert.deepEqual(
      published.find((cells) => cells[0] === 'SG4a question 1' && cells[2] === 'Concluded enquiries' && cells[4] === PERIOD.from && cells[1].startsWith('Yes they were asked and'))?.[3],
      '[c]',
    );
  });

  it('escapes every cell that starts with = + - or @, and quotes commas, quotes and line ends', () => {
    assert.deepEqual(
      ['=SUM(A1)', '+1', '-1', '@cmd', 'a,b', 'say "hi"', 'two\nlines', 'plain', 0, true, undefined].map(csvCell),
      ["'=SUM(A1)", "'+1", "'-1", "'@cmd", '"a,b"', '"say ""hi"""', '"two\nlines"', 'plain', '0', 'yes', ''],
    );
  });

  it('writes one row per concluded enquiry with its codes and no words; none once disclosed', async () => {
    const report = await aggregate([susiClosure, mrsTClosure], PERIOD);
    const text = toCaseCsv(report);
    assert.ok(text.startsWith('\uFEFF'));
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.equal(rows.length, 2);
    const susi = Object.fromEntries(header.map((name, index) => [name, rows[0][index]]));
    assert.equal(susi.closureId, susiClosure.id);
    assert.equal(susi.asked, 'asked-expressed');
    assert.equal(susi.overallAchieved, 'partially');
    assert.equal(susi['SG2c known-to-individual'], 'risk-identified-action-taken');
    assert.equal(susi['SG2e known-to-individual'], 'reduced');
    assert.equal(susi.endingConversation, 'yes');
    assert.equal(susi.responses, 'network-meeting');
    for (const words of [susiClosure.rationale, susiClosure.outcomeResults![0].personComment!]) assert.ok(!text.includes(words));
    assert.equal(parseCsv(toCaseCsv(disclose(report)).slice(1)).length, 1);
  });
});
