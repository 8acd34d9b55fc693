import * as z from 'zod/mini';
import { envelopeShape } from './envelope.js';
import type { SafeParseResult } from './issues.js';
import type { WithoutNulls } from './nulls.js';
import { parseRecord, safeParseRecord } from './parse.js';
import type { RecordKind } from './record-kind.js';
import { optional, personText, text, uniqueIds, type RecordRule } from './schema-parts.js';

export const ONE_PAGE_PROFILE_KIND = 'msp.one-page-profile';
export const ONE_PAGE_PROFILE_VERSION = 1;

/** How long each part of a profile may be: short enough to stay a one-page profile. */
export const PROFILE_LIMITS = {
  /** The name the person likes to be called. */
  nameLength: 100,
  /** One statement, or one box of the communication chart. */
  statementLength: 300,
  /** Statements in each of the three sections. */
  statements: 20,
  /** Rows of the communication chart. */
  chartRows: 10,
  /** The words that describe the photo. */
  altLength: 300,
  /** The photo: a data URL of an image, or an https URL. About 110 KB of image as a data URL. */
  photoLength: 150_000,
  /** Who helped write the profile; who may see it. */
  noteLength: 500,
} as const;

/** The three sections of a one-page profile, in the order they are shown. */
export const PROFILE_SECTIONS = ['likedAndAdmired', 'importantToMe', 'howToSupportMe'] as const;

/** The four columns of a communication chart, in order. */
export const CHART_COLUMNS = ['whatIsHappening', 'whatIDo', 'weThinkItMeans', 'weShould'] as const;

/**
 * A photo is a PNG, JPEG, GIF or WebP image held in the record as a base64 data URL, or an https
 * URL given by the host. One pattern, so the JSON Schema states it too.
 */
export const PHOTO_SOURCE = /^(?:data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}|https:\/\/\S+)$/;

/** The lists whose items carry ids: the three sections and the chart's rows. */
export const PROFILE_LISTS = [...PROFILE_SECTIONS, 'communication'] as const;

/** Rules the JSON Schema cannot state; published in it as `x-msp-rules` and checked by the zod schema. */
export const ONE_PAGE_PROFILE_RULES: readonly RecordRule[] = PROFILE_LISTS.map((list) => ({
  id: `unique-${list}-ids`,
  path: `/${list}/*/id`,
  description: `No two ${list === 'communication' ? 'rows' : 'statements'} in ${list} have the same id.`,
}));

const statementText = () => personText(PROFILE_LIMITS.statementLength);

export const statementSchema = z.strictObject({ id: z.uuid(), text: statementText() });

/** A photo always carries the words that describe it. */
export const photoSchema = z.strictObject({
  src: z.string().check(z.maxLength(PROFILE_LIMITS.photoLength), z.regex(PHOTO_SOURCE)),
  alt: personText(PROFILE_LIMITS.altLength),
});

export const chartRowSchema = z.strictObject({
  id: z.uuid(),
  whatIsHappening: statementText(),
  whatIDo: statementText(),
  weThinkItMeans: statementText(),
  weShould: statementText(),
});

const statements = () => z.array(statementSchema).check(z.minLength(1), z.maxLength(PROFILE_LIMITS.statements));

export const onePageProfileSchema = z
  .strictObject({
    ...envelopeShape(ONE_PAGE_PROFILE_KIND, ONE_PAGE_PROFILE_VERSION),
    name: personText(PROFILE_LIMITS.nameLength),
    photo: optional(photoSchema),
    likedAndAdmired: statements(),
    importantToMe: statements(),
    howToSupportMe: statements(),
    communication: optional(z.array(chartRowSchema).check(z.maxLength(PROFILE_LIMITS.chartRows))),
    helpedBy: optional(text(PROFILE_LIMITS.noteLength)),
    sharedWith: personText(PROFILE_LIMITS.noteLength),
  })
  .check(...PROFILE_LISTS.map((list, index) => uniqueIds(list, ONE_PAGE_PROFILE_RULES[index])));

export type OnePageProfileRecord = WithoutNulls<z.output<typeof onePageProfileSchema>>;
export type Statement = z.output<typeof statementSchema>;
export type ProfilePhoto = z.output<typeof photoSchema>;
export type ChartRow = z.output<typeof chartRowSchema>;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];
export type ChartColumn = (typeof CHART_COLUMNS)[number];
export type ProfileList = (typeof PROFILE_LISTS)[number];

/** The one-page-profile record kind: its schema, version, migrations and rules. */
export const onePageProfile: RecordKind<z.output<typeof onePageProfileSchema>> = {
  kind: ONE_PAGE_PROFILE_KIND,
  version: ONE_PAGE_PROFILE_VERSION,
  schema: onePageProfileSchema,
  migrations: {},
  rules: ONE_PAGE_PROFILE_RULES,
};

export const safeParseOnePageProfile = (input: unknown): SafeParseResult<OnePageProfileRecord> =>
  safeParseRecord(onePageProfile, input);

/** Returns the valid, current-version record or throws a `RecordParseError`. */
export const parseOnePageProfile = (input: unknown): OnePageProfileRecord => parseRecord(onePageProfile, input);
