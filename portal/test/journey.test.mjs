/**
 * One journey through a case in Chromium, as a practitioner takes it: each tool's page, filled
 * in or checked, saved through its plain form; the records come back from the API.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { records, startPortal } from './helpers.mjs';

const seed = JSON.parse(readFileSync(new URL('../seed-records.json', import.meta.url), 'utf8'));
const JOYCE = 'SG-2026-0412';
let portal;
let browser;
let page;

before(async () => {
  portal = await startPortal();
  browser = await launchChromium();
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
});
after(async () => {
  await browser?.close();
  await portal?.stop();
});

/** Opens a tool from the case page, as a link is followed. */
async function openTool(caseRef, tool) {
  await page.goto(`${portal.base}/cases/${caseRef}`);
  await Promise.all([page.waitForNavigation(), page.locator(`a[href="/cases/${caseRef}/${tool}"]`).click()]);
  await page.waitForFunction((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount, {}, `msp-${tool}`);
}

async function save(tool) {
  await Promise.all([page.waitForNavigation(), page.locator(`msp-${tool} >>> [part~="submit-button"]`).click()]);
  return new URL(page.url()).pathname;
}

test('a practitioner takes Joyce’s case through every tool, and each record is stored', async () => {
  // What Joyce wants, in her words: a change to one outcome, with why.
  await openTool(JOYCE, 'outcome-capture');
  const [, visits] = seed.joyceRecord.outcomes;
  await page.locator(`msp-outcome-capture >>> #outcome-${visits.id}-words`).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' But only when my daughter is there.');
  await page.locator(`msp-outcome-capture >>> #outcome-${visits.id}-reason`).fill('Joyce said this when we met again.');
  assert.equal(await save('outcome-capture'), `/cases/${JOYCE}`);

  // The heat map and the profile, checked and saved as they are.
  await openTool(JOYCE, 'risk-heat-map');
  assert.equal(await save('risk-heat-map'), `/cases/${JOYCE}`);
  await openTool(JOYCE, 'one-page-profile');
  assert.equal(await save('one-page-profile'), `/cases/${JOYCE}`);

  const stored = await records(portal.base, JOYCE);
  const outcomeCapture = stored.filter((entry) => entry.kind === 'msp.outcome-capture').at(-1).record;
  const changed = outcomeCapture.outcomes.find((outcome) => outcome.id === visits.id);
  assert.equal(changed.words, `${visits.words} But only when my daughter is there.`);
  assert.equal(changed.history.at(-1).reason, 'Joyce said this when we met again.');
  assert.equal(stored.filter((entry) => entry.kind === 'msp.risk-heat-map').length, 2);
  assert.equal(stored.filter((entry) => entry.kind === 'msp.one-page-profile').length, 2);
});

test('an invalid post in the browser keeps what was posted, with the element’s own error summary', async () => {
  await openTool(JOYCE, 'outcome-capture');
  // A host script posting a record the schema refuses, through the same form.
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(() => {
      const form = document.querySelector('form');
      const bad = document.createElement('input');
      bad.type = 'hidden';
      bad.name = 'record';
      bad.value = JSON.stringify({ ...document.querySelector('msp-outcome-capture').value, asked: 'perhaps' });
      document.querySelector('msp-outcome-capture').remove();
      form.append(bad);
      form.submit();
    }),
  ]);
  await page.waitForFunction(() => document.querySelector('msp-outcome-capture')?.shadowRoot?.childElementCount);
  // The element keeps what it was given: the posted text, exactly.
  const shown = await page.evaluate(() => {
    const value = document.querySelector('msp-outcome-capture').value;
    return JSON.parse(typeof value === 'string' ? value : JSON.stringify(value)).asked;
  });
  assert.equal(shown, 'perhaps');
  const summaries = await page.evaluate(
    () => document.querySelectorAll('.govuk-error-summary').length + document.querySelector('msp-outcome-capture').shadowRoot.querySelectorAll('[part~="error-summary"]').length,
  );
  assert.equal(summaries, 1, 'one error summary, the element’s');
});

test('the easy-read questionnaire of a concluded case is saved from the browser', async () => {
  await openTool('SG-2026-0275', 'experience-questionnaire');
  assert.equal(await page.evaluate(() => document.querySelector('msp-experience-questionnaire').easyRead), true);
  // She changes one answer: the record she saved before is now tied to the closure it is about.
  await page.locator('msp-experience-questionnaire >>> label[for="q2-3"]').click();
  assert.equal(await save('experience-questionnaire'), '/cases/SG-2026-0275');
  const stored = await records(portal.base, 'SG-2026-0275');
  const questionnaires = stored.filter((entry) => entry.kind === 'msp.experience-questionnaire');
  assert.equal(questionnaires.length, 2);
  assert.equal(questionnaires.at(-1).record.closureId, 'd4e5f607-1829-4dae-9f2a-3b4c5d6e7f80', 'tied to the closure it is about');
  assert.equal(questionnaires.at(-1).record.format, 'easy-read');
  assert.deepEqual(questionnaires.at(-1).record.answers[1], { question: 'kept-informed', answer: 'no' });
});

test('the Board page counts the stored records with the Board report element', async () => {
  await page.goto(`${portal.base}/board`);
  await page.waitForFunction(() => document.querySelector('msp-outcomes-report')?.shadowRoot?.querySelector('[part="headline"]'));
  const headline = await page.evaluate(() => document.querySelector('msp-outcomes-report').shadowRoot.querySelector('[part="headline"]').textContent);
  assert.match(headline, /safeguarding enquiry ended/);
  const tables = await page.evaluate(() => document.querySelector('msp-outcomes-report').shadowRoot.querySelectorAll('table > caption').length);
  assert.ok(tables > 6, `${tables} tables`);
});
