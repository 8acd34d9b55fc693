import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import * as z from 'zod/mini';
import { withoutNulls } from '../../src/schemas/nulls.js';
import { safeParseRecord } from '../../src/schemas/parse.js';
import type { RecordKind } from '../../src/schemas/record-kind.js';
import { jsonSchemaArbitrary } from '../property/json-schema-arbitrary.js';
import { nearValidArbitrary, personTextIn } from '../property/near-valid.js';
import { zodArbitrary } from '../property/zod-arbitrary.js';
import { compile2020, compileDraft07 } from '../vendor/ajv.js';
import type { MspElement } from './helpers.js';

export interface RecordPropertiesConfig {
  tag: string;
  recordKind: RecordKind;
  /** The name its JSON Schemas are published under in schemas/, e.g. `outcome-capture`. */
  schemaName: string;
}

interface PropertySettings {
  propertyRuns?: number;
  propertySeed?: number;
}

const settings: PropertySettings = (globalThis as { mspPropertySettings?: PropertySettings }).mspPropertySettings ?? {};
const numRuns = settings.propertyRuns ?? 200;
/** A fixed seed, so a run can be repeated; set MSP_PROPERTY_SEED to replay the seed a failure printed. */
const seed = settings.propertySeed ?? 20261125;
const runs = { numRuns, seed, endOnFailure: true, includeErrorInReport: true } as const;

async function publishedSchemas(name: string) {
  const load = async (file: string) => {
    const response = await fetch(`/schemas/${file}`);
    if (!response.ok) throw new Error(`schemas/${file} is not published`);
    return (await response.json()) as Record<string, unknown>;
  };
  return { draft2020: await load(`${name}.schema.json`), draft07: await load(`${name}.draft-07.schema.json`) };
}

/**
 * The record rules of DESIGN §2, proved by property tests for one record kind: the zod schema,
 * both published JSON Schemas and the element accept the same records; an accepted record comes
 * back unchanged; an almost-right one is kept as given, reported without the person's words, and
 * leaves the element usable.
 */
export function runRecordProperties(config: RecordPropertiesConfig) {
  const { recordKind } = config;
  const tag = unsafeStatic(config.tag);
  const ruleIds = new Set(recordKind.rules.map((rule) => rule.id));
  const zodValid = zodArbitrary(recordKind.schema).filter((record) => z.safeParse(recordKind.schema, record).success);

  describe(`<${config.tag}> record properties (${numRuns} cases each, seed ${seed})`, function () {
    this.timeout(Math.max(60_000, numRuns * 200));

    for (const draft of ['draft2020', 'draft07'] as const) {
      it(`records generated from the published JSON Schema (${draft}) pass the zod schema, but for its x-msp-rules`, async () => {
        const schema = (await publishedSchemas(config.schemaName))[draft];
        fc.assert(
          fc.property(jsonSchemaArbitrary(schema), (record) => {
            const result = safeParseRecord(recordKind, record);
            const unlisted = result.success ? [] : result.issues.filter((issue) => !issue.rule || !ruleIds.has(issue.rule));
            expect(unlisted, JSON.stringify(unlisted).slice(0, 500)).to.deep.equal([]);
          }),
          runs,
        );
      });
    }

    it('records the zod schema accepts pass ajv with both published drafts', async () => {
      const schemas = await publishedSchemas(config.schemaName);
      const validators = { draft2020: compile2020(schemas.draft2020), draft07: compileDraft07(schemas.draft07) };
      fc.assert(
        fc.property(zodValid, (record) => {
          for (const [draft, validate] of Object.entries(validators)) {
            expect(validate(record), `${draft}: ${JSON.stringify(validate.errors)?.slice(0, 500)}`).to.be.true;
          }
        }),
        runs,
      );
    });

    it('a valid record — from the zod schema or from the published JSON Schema — set as value comes back unchanged from value and FormData (null read as absent)', async () => {
      const schemas = await publishedSchemas(config.schemaName);
      const fromJsonSchema = jsonSchemaArbitrary(schemas.draft2020).filter((record) => z.safeParse(recordKind.schema, record).success);
      const form = await fixture<HTMLFormElement>(staticHtml`<form><${tag} name="record"></${tag}></form>`);
      const el = form.querySelector(config.tag) as MspElement;
      await fc.assert(
        fc.asyncProperty(fc.oneof(zodValid, fromJsonSchema), async (record) => {
          el.value = structuredClone(record);
          await el.updateComplete;
          const expected = withoutNulls(record);
          expect(el.value).to.deep.equal(expected);
          expect(JSON.parse(new FormData(form).get('record') as string)).to.deep.equal(expected);
        }),
        runs,
      );
    });

    it('an almost-right record never throws, is kept as given, is reported without the person\'s words, and leaves the element usable', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      const errors: CustomEvent[] = [];
      el.addEventListener('msp-error', (event) => errors.push(event as CustomEvent));
      const valid = await fc.sample(zodValid, { numRuns: 1, seed })[0];
      await fc.assert(
        fc.asyncProperty(nearValidArbitrary(zodValid), async ({ record, description }) => {
          errors.length = 0;
          // null for the whole value means "no record": the element starts afresh.
          const accepted = record === null || safeParseRecord(recordKind, record).success;
          expect(() => (el.value = record), description).to.not.throw();
          await el.updateComplete;
          if (accepted) {
            expect(errors, `${description}: accepted, so no msp-error`).to.have.length(0);
          } else {
            expect(errors, `${description}: one msp-error`).to.have.length(1);
            expect(el.value, `${description}: kept as given`).to.equal(record);
            const detail = JSON.stringify(errors[0].detail);
            for (const words of personTextIn(record)) {
              expect(detail.includes(words), `${description}: msp-error repeats "${words.slice(0, 40)}"`).to.be.false;
            }
            expect(el.checkValidity(), description).to.be.false;
          }
          el.value = structuredClone(valid);
          await el.updateComplete;
          expect(el.value, `${description}: usable afterwards`).to.deep.equal(withoutNulls(valid));
        }),
        runs,
      );
    });
  });
}
