/**
 * The JSON Schema validators vendors use, for tests in the browser: ajv for draft 2020-12 and for
 * draft-07, with formats. ajv is CommonJS, so the test server serves this file bundled (see
 * scripts/wtr-bundled-files.mjs).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft07 from 'ajv';
import addFormats from 'ajv-formats';

export type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

export function compile2020(schema: object): Validate {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema) as Validate;
}

export function compileDraft07(schema: object): Validate {
  const ajv = new AjvDraft07({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema) as Validate;
}
