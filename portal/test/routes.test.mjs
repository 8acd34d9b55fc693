/** The portal's server routes, on a temporary database. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { formToken, post, records, startPortal, unescapeAttribute } from './helpers.mjs';

const seed = JSON.parse(readFileSync(new URL('../seed-records.json', import.meta.url), 'utf8'));
const JOYCE = 'SG-2026-0412';
// The last day of the reporting year the seeded enquiries concluded in: the Board counts 2026-04-01 to 2027-03-31.
const YEAR_END = () => new Date('2027-03-31T12:00:00Z');
const PERIOD = '2026-04-01,2027-03-31';
let portal;

before(async () => {
  portal = await startPortal({ now: YEAR_END });
});

/** A CSV route's body, with the byte-order mark that `text()` would drop checked first. */
async function csv(base, path) {
  const response = await fetch(`${base}${path}`);
  assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  return bytes.subarray(3).toString('utf8');
}
after(() => portal.stop());

test('the cases page lists the four fictional cases under the CSP, with the banner and a link to the Board', async () => {
  const response = await fetch(`${portal.base}/`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-security-policy'), "default-src 'self'; img-src 'self' data:");
  const html = await response.text();
  for (const person of ['Joyce', 'Susi', 'Mr A', 'Mrs T']) assert.match(html, new RegExp(`<td>${person}</td>`));
  assert.match(html, /Every person and case here is made up/);
  assert.match(html, /href="\/board"/);
  assert.doesNotMatch(html, /<script>|style=/, 'no inline script or style');
});

test('a case page links every tool in the order MSP uses them', async () => {
  const html = await (await fetch(`${portal.base}/cases/${JOYCE}`)).text();
  const order = ['outcome-capture', 'risk-heat-map', 'one-page-profile', 'review-close', 'experience-questionnaire'].map((tool) =>
    html.indexOf(`/cases/${JOYCE}/${tool}"`),
  );
  assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), `links in order: ${order}`);
  assert.match(html, /I want him to keep visiting me/);
});

test('a tool page gives the element the case’s latest record as its value, inside a plain form with a CSRF token', async () => {
  const { html } = await formToken(portal.base, `/cases/${JOYCE}/outcome-capture`);
  assert.match(html, /<form method="post" action="\/cases\/SG-2026-0412\/outcome-capture">/);
  const value = unescapeAttribute(/<msp-outcome-capture [^>]*value="([^"]*)"/.exec(html)[1]);
  assert.deepEqual(JSON.parse(value), seed.joyceRecord);
});

test('review and close starts fresh, with the case’s current outcome-capture record', async () => {
  const { html } = await formToken(portal.base, `/cases/${JOYCE}/review-close`);
  const tag = /<msp-review-close [^>]*>/.exec(html)[0];
  assert.doesNotMatch(tag, / value=/);
  assert.equal(JSON.parse(unescapeAttribute(/outcomes-record="([^"]*)"/.exec(tag)[1])).id, seed.joyceRecord.id);
});

test('the questionnaire of a concluded case is given the closure it is about; one with no closure is given none', async () => {
  const { html } = await formToken(portal.base, '/cases/SG-2026-0275/experience-questionnaire');
  assert.match(/<msp-experience-questionnaire [^>]*>/.exec(html)[0], new RegExp(` closure-id="${seed.mrsTClosure.id}"`));
  const open = await formToken(portal.base, `/cases/${JOYCE}/experience-questionnaire`);
  assert.doesNotMatch(/<msp-experience-questionnaire [^>]*>/.exec(open.html)[0], / closure-id=/, 'a review is not a closure');
});

test('a valid post is stored with its kind, version, case and time, then 303 to the case', async () => {
  const { cookie, token } = await formToken(portal.base, `/cases/${JOYCE}/risk-heat-map`);
  const record = { ...seed.joyceMapRecord, id: randomUUID() };
  const response = await post(portal.base, `/cases/${JOYCE}/risk-heat-map`, { cookie, fields: { csrf: token, record: JSON.stringify(record) } });
  assert.equal(response.status, 303);
  assert.equal(response.headers.get('location'), `/cases/${JOYCE}`);
  const stored = (await records(portal.base, JOYCE)).at(-1);
  assert.equal(stored.kind, 'msp.risk-heat-map');
  assert.equal(stored.version, 1);
  assert.equal(stored.caseRef, JOYCE);
  assert.ok(Date.parse(stored.storedAt));
  assert.deepEqual(stored.record, record);
});

test('a posted review is applied: the case’s outcome capture moves on, with the history of the change', async () => {
  const { cookie, token } = await formToken(portal.base, `/cases/${JOYCE}/review-close`);
  const response = await post(portal.base, `/cases/${JOYCE}/review-close`, { cookie, fields: { csrf: token, record: JSON.stringify(seed.joyceReview) } });
  assert.equal(response.status, 303);
  const stored = await records(portal.base, JOYCE);
  const latest = stored.filter((entry) => entry.kind === 'msp.outcome-capture').at(-1).record;
  assert.ok(latest.outcomes.some((outcome) => outcome.history.length > 0 && outcome.words !== seed.joyceRecord.outcomes.find((o) => o.id === outcome.id)?.words));
  const next = await formToken(portal.base, `/cases/${JOYCE}/review-close`);
  assert.deepEqual(JSON.parse(unescapeAttribute(/outcomes-record="([^"]*)"/.exec(next.html)[1])), latest);
});

test('an invalid post answers 400 with the element holding exactly what was posted, and stores nothing', async () => {
  const { cookie, token } = await formToken(portal.base, `/cases/${JOYCE}/outcome-capture`);
  const before = (await records(portal.base, JOYCE)).length;
  for (const posted of [JSON.stringify({ ...seed.joyceRecord, asked: 'perhaps' }), '{"kind": "msp.outcome-capture", "words": "<b>half'] ) {
    const response = await post(portal.base, `/cases/${JOYCE}/outcome-capture`, { cookie, fields: { csrf: token, record: posted } });
    assert.equal(response.status, 400);
    const html = await response.text();
    const value = unescapeAttribute(/<msp-outcome-capture [^>]*value="([^"]*)"/.exec(html)[1]);
    assert.equal(value, posted);
    assert.doesNotMatch(html, /<b>half/, 'posted text never becomes markup');
  }
  assert.equal((await records(portal.base, JOYCE)).length, before);
});

test('a record of another case, a missing CSRF token, a wrong content type, a body over 8 MB: a clear page, nothing stored', async () => {
  const { cookie, token } = await formToken(portal.base, `/cases/${JOYCE}/outcome-capture`);
  const before = (await records(portal.base, JOYCE)).length;
  const other = await post(portal.base, `/cases/${JOYCE}/outcome-capture`, { cookie, fields: { csrf: token, record: JSON.stringify(seed.susiRecord) } });
  assert.equal(other.status, 400);
  assert.match(await other.text(), /belongs to another case/);
  const noToken = await post(portal.base, `/cases/${JOYCE}/outcome-capture`, { cookie, fields: { record: JSON.stringify(seed.joyceRecord) } });
  assert.equal(noToken.status, 403);
  const json = await post(portal.base, `/cases/${JOYCE}/outcome-capture`, { cookie, type: 'application/json', body: JSON.stringify(seed.joyceRecord) });
  assert.equal(json.status, 415);
  const huge = await post(portal.base, `/cases/${JOYCE}/outcome-capture`, { cookie, body: `csrf=${token}&record=${'a'.repeat(8 * 1024 * 1024 + 1)}` });
  assert.equal(huge.status, 413);
  for (const response of [other, noToken, json, huge]) {
    const html = await response.text().catch(() => '');
    assert.doesNotMatch(html, /at .*\.mjs:\d+/, 'no stack trace');
  }
  assert.equal((await records(portal.base, JOYCE)).length, before);
});

test('an unknown case or tool is a clear 404 page', async () => {
  for (const path of ['/cases/SG-0000/outcome-capture', `/cases/${JOYCE}/scoring`, '/nothing', '/api/cases/nobody/records']) {
    const response = await fetch(`${portal.base}${path}`);
    assert.equal(response.status, 404, path);
    assert.match(await response.text(), /Page not found/);
  }
});

test('the Board page’s fallback shows the headline and the SAC tables, published: 1 to 4 as [c], the rest to the nearest 5', async () => {
  const html = await (await fetch(`${portal.base}/board`)).text();
  const fallback = /<msp-outcomes-report[^>]*>([\s\S]*)<\/msp-outcomes-report>/.exec(html)[1];
  // 25 concluded section 42 enquiries; 13 asked and expressed outcomes (15), all 13 partially achieved (15).
  assert.match(fallback, /From 1 April 2026 to 31 March 2027/);
  assert.match(fallback, /counted in the tables below: <strong>25<\/strong>/);
  assert.match(fallback, /asked what they wanted and said so: <strong>15<\/strong>/);
  assert.match(fallback, /got what they wanted, fully or partly: <strong>15<\/strong>/);
  const row = (label) => new RegExp(`<th scope="row">${label}</th><td class="numeric">([^<]*)</td>`).exec(fallback)?.[1];
  assert.equal(row('Yes they were asked and outcomes were expressed'), '15');
  assert.equal(row('Yes they were asked but no outcomes were expressed'), '[c]', '4');
  assert.equal(row('No'), '5', '6');
  assert.equal(row('Partially Achieved'), '15');
  assert.equal(row('Not recorded'), '25', 'SG3a: 24 closures with no outcome record here, of 25');
  assert.equal(row('Service Provider: No risk identified and no action taken'), '10', '12');
  assert.equal(row('Other - Known to Individual: Risk reduced'), '10', '11');
  assert.equal(row('Service Provider: Risk removed'), '[c]', '3');
  assert.equal(row('Not recorded: Risk removed'), '0', 'a source of risk not recorded has its rows too');
  const captions = [...fallback.matchAll(/<caption>([^<]*)<\/caption>/g)].map((match) => match[1].replace(/.*\((SG\w+)\)$/, '$1'));
  assert.deepEqual(captions, ['SG4a', 'SG4a', 'SG3a', 'SG3a', 'SG2c', 'SG2e']);
});

test('the two CSVs are the package’s: one row per cell, the published counts rounded, the SAC return raw', async () => {
  const published = await csv(portal.base, '/board.csv');
  const sac = await csv(portal.base, '/board/sac.csv');
  for (const file of [published, sac]) assert.ok(file.startsWith('table,row,column,value,from,to\r\n'));
  assert.match(published, new RegExp(`\r\nSG4a question 1,Yes they were asked but no outcomes were expressed,Concluded enquiries,\\[c\\],${PERIOD}\r\n`));
  assert.match(published, new RegExp(`\r\nSG4a question 1,Yes they were asked and outcomes were expressed,Concluded enquiries,15,${PERIOD}\r\n`));
  assert.match(sac, new RegExp(`\r\nSG4a question 1,Yes they were asked but no outcomes were expressed,Concluded enquiries,4,${PERIOD}\r\n`));
  assert.match(sac, new RegExp(`\r\nSG4a question 1,Yes they were asked and outcomes were expressed,Concluded enquiries,13,${PERIOD}\r\n`));
  assert.match(sac, new RegExp(`\r\nSG4a question 1,No,Concluded enquiries,6,${PERIOD}\r\n`));
  assert.match(sac, new RegExp(`\r\nSG4a question 1,Don't Know,Concluded enquiries,2,${PERIOD}\r\n`));
  // The year before: the same cells, all 0.
  assert.match(sac, /\r\nSG4a question 1,Yes they were asked and outcomes were expressed,Concluded enquiries,0,2025-04-01,2026-03-31\r\n/);
  assert.doesNotMatch(published, /,[1-4],20\d\d-/, 'no count from 1 to 4 is published');
});

test('the SAC return counts concluded section 42 enquiries only; SG4a question 2 once per enquiry, SG2c and SG2e once per source of risk, SG3a from the outcome capture', async () => {
  const sac = await csv(portal.base, '/board/sac.csv');
  const cell = (table, row, column) => new RegExp(`\r\n${table},${row},${column},(\\d+),${PERIOD}\r\n`).exec(sac)?.[1];
  // 27 concluded: 25 section 42 (24 made up for the Board, and Mrs T’s), 2 section 126 for Welsh Government’s return.
  assert.equal(cell('Concluded enquiries', 'Section 42', 'Enquiries'), '25');
  assert.equal(cell('Concluded enquiries', 'Section 126', 'Enquiries'), '2');
  assert.equal(cell('SG4a question 2', 'Partially Achieved', 'Outcomes expressed'), '13');
  assert.equal(cell('SG4a question 2', 'Fully Achieved', 'Outcomes expressed'), '0');
  // Three enquiries had risk from two sources: each source counts.
  assert.equal(cell('SG2e', 'Risk reduced', 'Other - Known to Individual'), '11');
  assert.equal(cell('SG2e', 'Risk removed', 'Service Provider'), '3');
  assert.equal(cell('SG2e', 'Risk remained', 'Other - Unknown to Individual'), '2');
  assert.equal(cell('SG2e', 'Risk removed', 'Other - Known to Individual'), '0', 'the section 126 enquiries are not in the SAC tables');
  assert.equal(cell('SG2c', 'Risk identified and action taken', 'Other - Known to Individual'), '11');
  assert.equal(cell('SG2c', 'No risk identified and no action taken', 'Service Provider'), '12');
  // Only Mrs T’s closure has its outcome capture here; she was not sure whether she lacked capacity.
  assert.equal(cell('SG3a', "Don't know", 'Concluded enquiries'), '1');
  assert.equal(cell('SG3a', 'Not recorded', 'Concluded enquiries'), '24');
  // Mrs T’s questionnaire names her closure: one of the 25 enquiries has a questionnaire.
  assert.equal(cell('Experience', 'Response rate', 'count'), '1');
  assert.equal(cell('Experience', 'Response rate', 'of'), '25');
});

test('a closure saved twice counts once, linked to its outcome capture; the Board counts this reporting year up to today', async () => {
  const own = await startPortal({ now: () => new Date('2026-12-01T12:00:00Z') });
  try {
    const SUSI = seed.susiClosure.caseRef;
    for (const time of ['2026-11-24T16:30:00+00:00', '2026-11-24T17:00:00+00:00']) {
      const { cookie, token } = await formToken(own.base, `/cases/${SUSI}/review-close`);
      const record = JSON.stringify({ ...seed.susiClosure, recordedAt: time });
      assert.equal((await post(own.base, `/cases/${SUSI}/review-close`, { cookie, fields: { csrf: token, record } })).status, 303);
    }
    const sac = await csv(own.base, '/board/sac.csv');
    const period = '2026-04-01,2026-12-01';
    assert.match(sac, new RegExp(`\r\nConcluded enquiries,Section 42,Enquiries,26,${period}\r\n`));
    assert.match(sac, new RegExp(`\r\nSG4a question 1,Yes they were asked and outcomes were expressed,Concluded enquiries,14,${period}\r\n`));
    assert.match(sac, new RegExp(`\r\nSG3a,"No, they did not lack capacity",Concluded enquiries,1,${period}\r\n`));
    assert.match(await (await fetch(`${own.base}/board`)).text(), /<msp-outcomes-report src="\/board\/records.json" from="2026-04-01" to="2026-12-01">/);
  } finally {
    await own.stop();
  }
  const nextYear = await startPortal({ now: () => new Date('2027-04-02T12:00:00Z') });
  try {
    const sac = await csv(nextYear.base, '/board/sac.csv');
    // A new year from 1 April: the enquiries seeded as ending in the weeks before it are counted no more.
    assert.match(sac, /\r\nConcluded enquiries,Section 42,Enquiries,0,2027-04-01,2027-04-02\r\n/);
  } finally {
    await nextYear.stop();
  }
});

test('the Board page holds the Board report element, over the records it reads, for the same period as the counts', async () => {
  const html = await (await fetch(`${portal.base}/board`)).text();
  assert.match(html, /<msp-outcomes-report src="\/board\/records.json" from="2026-04-01" to="2027-03-31">/);
  assert.match(html, /<msp-outcomes-report[^>]*>[\s\S]*<table class="table">[\s\S]*<\/msp-outcomes-report>/);
  const response = await fetch(`${portal.base}/board/records.json`);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const records = await response.json();
  const kinds = new Set(records.map((record) => record.kind));
  assert.deepEqual([...kinds].sort(), ['msp.experience-questionnaire', 'msp.outcome-capture', 'msp.review-close']);
  assert.equal(records.filter((record) => record.stage === 'closure').length, 27);
});

test('the portal speaks Welsh with ?lang=cy, and the elements follow the page', async () => {
  const html = await (await fetch(`${portal.base}/cases/${JOYCE}/outcome-capture?lang=cy`)).text();
  assert.match(html, /<html lang="cy">/);
  assert.match(html, /Cyngor Unrhyw Dref/);
  assert.match(html, /action="\/cases\/SG-2026-0412\/outcome-capture\?lang=cy"/);
});

test('a case is exported and deleted only after a confirmation page', async () => {
  const mrA = 'SG-2026-0301';
  const confirm = await formToken(portal.base, `/cases/${mrA}/export`);
  assert.match(confirm.html, /special category personal data/);
  const exported = await post(portal.base, `/cases/${mrA}/export`, { cookie: confirm.cookie, fields: { csrf: confirm.token } });
  assert.equal(exported.status, 200);
  assert.match(exported.headers.get('content-disposition'), /attachment/);
  assert.equal((await exported.json())[0].record.id, seed.mrARecord.id);
  const deletion = await formToken(portal.base, `/cases/${mrA}/delete`);
  assert.match(deletion.html, /cannot be undone/);
  assert.equal((await fetch(`${portal.base}/api/cases/${mrA}/records`)).status, 200, 'the confirmation page deletes nothing');
  const deleted = await post(portal.base, `/cases/${mrA}/delete`, { cookie: deletion.cookie, fields: { csrf: deletion.token } });
  assert.equal(deleted.status, 303);
  assert.equal((await fetch(`${portal.base}/api/cases/${mrA}/records`)).status, 404);
});

test('no record content in the logs', () => {
  const log = portal.logs.join('\n');
  assert.ok(portal.logs.length > 10);
  assert.doesNotMatch(log, /visiting|neighbour|perhaps|Susi/);
});

test('records survive a restart, and the seed is not added twice', async () => {
  const first = await startPortal();
  const { cookie, token } = await formToken(first.base, `/cases/${JOYCE}/risk-heat-map`);
  const record = { ...seed.joyceMapRecord, id: randomUUID() };
  await post(first.base, `/cases/${JOYCE}/risk-heat-map`, { cookie, fields: { csrf: token, record: JSON.stringify(record) } });
  await first.stop({ keep: true });
  const second = await startPortal({ dataPath: first.path });
  try {
    const stored = await records(second.base, JOYCE);
    assert.deepEqual(stored.at(-1).record, record);
    assert.equal(stored.filter((entry) => entry.record.id === seed.joyceRecord.id).length, 1);
  } finally {
    await second.stop();
  }
});
