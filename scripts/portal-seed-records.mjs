/**
 * Writes portal/seed-records.json: the fictional records the demo portal seeds its database with,
 * taken from the records Storybook and the tests show (fixtures/states/*.records.ts), so the
 * portal, the stories and the tests tell the same stories. Run after changing those records.
 */
import { writeFileSync } from 'node:fs';
import { importSource } from './import-source.mjs';

const records = await importSource(`
export * from './fixtures/states/outcome-capture.records.ts';
export * from './fixtures/states/risk-heat-map.records.ts';
export * from './fixtures/states/one-page-profile.records.ts';
export * from './fixtures/states/review-close.records.ts';
export * from './fixtures/states/experience-questionnaire.records.ts';
`);
const pick = (...names) => Object.fromEntries(names.map((name) => [name, records[name]]));
const seed = pick(
  'joyceRecord',
  'joyceMapRecord',
  'joyceProfile',
  'joyceReview',
  'susiRecord',
  'susiMapRecord',
  'susiClosure',
  'advocateExperience',
  'mrARecord',
  'mrsTRecord',
  'mrsTClosure',
  'joyceExperience',
);
writeFileSync(new URL('../portal/seed-records.json', import.meta.url), `${JSON.stringify(seed, null, 2)}\n`);
console.log(`portal/seed-records.json: ${Object.keys(seed).length} records`);
