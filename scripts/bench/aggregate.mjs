/**
 * The Board report's counting in Node: `aggregate` over generated, schema-valid records of every
 * kind (an outcome capture, a closure and a questionnaire per enquiry), validation included,
 * beside the floor of checking the same records against the published JSON Schemas with a
 * compiled ajv validator, in the same run. Prints both, their ratio and the peak memory.
 * The goal (issue of the Board report): within 3× of the ajv floor, and under 1 s.
 *
 *   npm run bench:aggregate [-- --records 100000] [-- --runs 5]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot as root } from '../elements.mjs';
import { importSource } from '../import-source.mjs';

const argument = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RECORDS = argument('records', 100_000);
const RUNS = argument('runs', 5);
const GOAL_RATIO = 3;
const GOAL_MS = 1000;

const { aggregate, susiRecord, susiClosure, joyceExperience } = await importSource(
  `export { aggregate } from './src/aggregate/index.ts';
  export { susiRecord } from './fixtures/states/outcome-capture.records.ts';
  export { susiClosure } from './fixtures/states/review-close.records.ts';
  export { joyceExperience } from './fixtures/states/experience-questionnaire.records.ts';`,
  { minify: true },
);

const uuid = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const day = (n) => new Date(Date.UTC(2025, 3, 1 + (n % 365))).toISOString().slice(0, 10);

/** About three records per enquiry, as JSON text parsed back, as a case system would hand them over. */
function generate(count) {
  const records = [];
  for (let n = 0; records.length < count; n++) {
    const captureId = uuid(3 * n + 1);
    const closureId = uuid(3 * n + 2);
    records.push({ ...susiRecord, id: captureId, caseRef: `SG-${n}`, subjectRef: `P-${n}` });
    records.push({ ...susiClosure, id: closureId, outcomeCaptureId: captureId, caseRef: `SG-${n}`, concludedOn: day(n) });
    records.push({ ...joyceExperience, id: uuid(3 * n + 3), closureId, caseRef: `SG-${n}` });
  }
  return JSON.parse(JSON.stringify(records.slice(0, count)));
}

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const validators = {};
for (const name of ['outcome-capture', 'review-close', 'experience-questionnaire']) {
  const schema = JSON.parse(readFileSync(join(root, `schemas/${name}.schema.json`), 'utf8'));
  validators[`msp.${name}`] = ajv.compile(schema);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const records = generate(RECORDS);
const options = { from: '2025-04-01', to: '2026-03-31', jurisdiction: 'england' };
let peak = process.memoryUsage().rss;
const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

const floor = [];
const counted = [];
let report;
for (let run = 0; run < RUNS; run++) {
  let start = performance.now();
  let valid = 0;
  for (const record of records) if (validators[record.kind](record)) valid++;
  floor.push(performance.now() - start);
  if (valid !== records.length) throw new Error(`ajv refused ${records.length - valid} generated records`);

  start = performance.now();
  report = await aggregate(records, options);
  counted.push(performance.now() - start);
}
clearInterval(watch);

const ajvMs = median(floor);
const aggregateMs = median(counted);
const ratio = aggregateMs / ajvMs;
console.log(`\nmsp-elements/aggregate over ${RECORDS.toLocaleString('en-GB')} records (median of ${RUNS} runs, Node ${process.version})`);
console.table({
  'ajv, the published JSON Schemas (floor)': { ms: Math.round(ajvMs) },
  'aggregate (validation included)': { ms: Math.round(aggregateMs) },
});
console.log(`ratio ${ratio.toFixed(1)}× (goal ≤ ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? 'met' : 'not met'}); ` +
  `${Math.round(aggregateMs)} ms (goal < ${GOAL_MS} ms: ${aggregateMs < GOAL_MS ? 'met' : 'not met'}); ` +
  `peak memory ${Math.round(peak / 1024 / 1024)} MB for ${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} MB of heap after`);
console.log(`concluded enquiries counted: ${report.concluded}; invalid: ${report.invalid.length} groups`);
