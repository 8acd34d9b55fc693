/** The portal's server routes, on a temporary database. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { formToken, post, records, startPortal, unescapeAttribute } from './helpers.mjs';

const seed = JSON.parse(readFileSync(new URL('../seed-records.json', import.meta.url), 'utf8'));
const JOYCE = 'SG-2026-0412';
let portal;

before(async () => {
  portal = await startPortal();
});
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

test('the Board shows suppressed and rounded counts; the SAC return is unrounded', async () => {
  const html = await (await fetch(`${portal.base}/board`)).text();
  assert.match(html, /\[c\]/);
  assert.match(html, /<td class="numeric">(5|10|15|20|25)<\/td>/);
  const published = await (await fetch(`${portal.base}/board.csv`)).text();
  const sac = await (await fetch(`${portal.base}/board/sac.csv`)).text();
  assert.match(published, /SG4a-1,asked-not-expressed,Yes they were asked but no outcomes were expressed,\[c\]/);
  assert.match(sac, /SG4a-1,asked-not-expressed,Yes they were asked but no outcomes were expressed,4\r\n/);
  assert.match(sac, /SG4a-1,asked-expressed,Yes they were asked and outcomes were expressed,13\r\n/);
});

test('the Board page holds the Board report element, over the records it reads, with the counts as its fallback', async () => {
  const html = await (await fetch(`${portal.base}/board`)).text();
  assert.match(html, /<msp-outcomes-report src="\/board\/records.json" from="\d{4}-04-01" to="\d{4}-\d{2}-\d{2}">/);
  assert.match(html, /<msp-outcomes-report[^>]*>[\s\S]*<table class="table">[\s\S]*<\/msp-outcomes-report>/);
  const response = await fetch(`${portal.base}/board/records.json`);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const records = await response.json();
  const kinds = new Set(records.map((record) => record.kind));
  assert.deepEqual([...kinds].sort(), ['msp.experience-questionnaire', 'msp.outcome-capture', 'msp.review-close']);
});

test('the SAC tables count only concluded section 42 enquiries; SG4a question 2 once per enquiry, SG2c and SG2e once per source of risk', async () => {
  const sac = await (await fetch(`${portal.base}/board/sac.csv`)).text();
  // 27 concluded, of which 2 are section 126 enquiries for Welsh Government's return.
  assert.match(sac, /concluded,,Concluded enquiries,27\r\n/);
  assert.match(sac, /concluded,section-42,Concluded section 42 enquiries,25\r\n/);
  assert.match(sac, /SG4a-2,partially,Partially Achieved,13\r\n/);
  // Three enquiries had risk from two sources: each source counts.
  assert.match(sac, /SG2e,known-to-individual:reduced,Other - Known to Individual: Risk reduced,11\r\n/);
  assert.match(sac, /SG2e,service-provider:removed,Service Provider: Risk removed,3\r\n/);
  assert.match(sac, /SG2e,unknown-to-individual:remained,Other - Unknown to Individual: Risk remained,2\r\n/);
  assert.match(sac, /SG2e,known-to-individual:removed,Other - Known to Individual: Risk removed,0\r\n/);
  assert.match(sac, /SG2c,known-to-individual:risk-identified-action-taken,Other - Known to Individual: Risk identified and action taken,11\r\n/);
  assert.match(sac, /SG2c,service-provider:no-risk-identified-no-action-taken,Service Provider: No risk identified and no action taken,12\r\n/);
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
