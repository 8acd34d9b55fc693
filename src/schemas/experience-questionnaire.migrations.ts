import type { Migration } from './record-kind.js';

/** Version 1 to 2: the fields version 2 added are optional, so only the version number changes. */
export const experienceQuestionnaireV1ToV2: Migration = (record) => record;
