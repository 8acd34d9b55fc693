import type { Loaded, RecordEnvelope } from '../../core/form-element.js';
import { newId } from '../../core/time.js';
import {
  CHART_COLUMNS,
  PROFILE_LIMITS,
  PROFILE_LISTS,
  PROFILE_SECTIONS,
  type ChartColumn,
  type ProfileList,
} from '../../schemas/one-page-profile.js';
import { asObject, isText, UUID, type Loose } from '../../core/read-fields.js';

/**
 * A one-page profile as it is being edited: the record's own shape, with every text allowed to be
 * empty until it is written. A valid record is one of these as it stands.
 */
export interface WorkingOnePageProfile extends RecordEnvelope {
  name: string;
  photo?: WorkingPhoto;
  likedAndAdmired: WorkingStatement[];
  importantToMe: WorkingStatement[];
  howToSupportMe: WorkingStatement[];
  communication?: WorkingChartRow[];
  helpedBy?: string;
  sharedWith: string;
}

export interface WorkingStatement {
  id: string;
  text: string;
}

export type WorkingChartRow = { id: string } & Record<ChartColumn, string>;

export interface WorkingPhoto {
  src: string;
  alt: string;
}

export type { ProfileList };
export type ListItem = WorkingStatement | WorkingChartRow;

/** Why a photo the person picked was not used. */
export type PhotoProblem = 'type' | 'size' | 'unreadable';

/** What only the screen needs beside the record. Plain data, so drafts and form restore keep it. */
export interface OnePageProfileView {
  /** The statement or row removed last, and where it was, so Undo can bring it back. */
  removed?: { list: ProfileList; index: number; item: ListItem };
  /** The photo just picked could not be used; the record is as it was. */
  photoProblem?: PhotoProblem;
}

export { PROFILE_LISTS };

export const listLimit = (list: ProfileList) => (list === 'communication' ? PROFILE_LIMITS.chartRows : PROFILE_LIMITS.statements);

export function newOnePageProfileFields(): Omit<WorkingOnePageProfile, keyof RecordEnvelope> {
  return { name: '', likedAndAdmired: [], importantToMe: [], howToSupportMe: [], sharedWith: '' };
}

/**
 * A record to edit. A valid one is kept exactly as given. From one that failed the schema, each
 * field of the right type is kept as given, in the order given; anything else is left out. Ids
 * that are not UUIDs, or repeat one already read, are replaced, since nobody could correct them on
 * screen. At most a bounded number of items is read from each list.
 */
export function loadOnePageProfile(value: Record<string, unknown>, valid: boolean): Loaded<WorkingOnePageProfile, OnePageProfileView> {
  return { record: valid ? (value as unknown as WorkingOnePageProfile) : readProfile(value), view: {} };
}


const TEXT_FIELDS = ['kind', 'id', 'caseRef', 'subjectRef', 'recordedAt', 'recordedBy', 'name', 'helpedBy', 'sharedWith'];

/** The text fields of `value` named in `fields`, in the order given, then those missing, empty. */
function readTexts(value: unknown, fields: readonly string[]): Loose {
  const read: Loose = {};
  for (const [key, field] of Object.entries(asObject(value))) if (fields.includes(key) && isText(field)) read[key] = field;
  for (const key of fields) read[key] ??= '';
  return read;
}

function readList(value: unknown[], fields: readonly string[], limit: number): ListItem[] {
  const seen = new Set<string>();
  return value.slice(0, limit * 2).map((item) => {
    const read = readTexts(item, fields);
    if (!UUID.test(read.id as string) || seen.has(read.id as string)) read.id = newId();
    seen.add(read.id as string);
    return read as unknown as ListItem;
  });
}

function readProfile(value: Loose): WorkingOnePageProfile {
  const record: Loose = {};
  for (const [key, field] of Object.entries(value)) {
    if (TEXT_FIELDS.includes(key)) {
      if (isText(field)) record[key] = field;
    } else if (key === 'version' || key === 'locale') {
      record[key] = field;
    } else if (key === 'photo') {
      if (field && typeof field === 'object') record.photo = readTexts(field, ['src', 'alt']);
    } else if (Array.isArray(field) && PROFILE_LISTS.includes(key as ProfileList)) {
      const list = key as ProfileList;
      record[key] = readList(field, list === 'communication' ? ['id', ...CHART_COLUMNS] : ['id', 'text'], listLimit(list));
    }
  }
  const fresh = newOnePageProfileFields();
  for (const [key, field] of Object.entries(fresh)) record[key] ??= field;
  return record as unknown as WorkingOnePageProfile;
}

/**
 * The view from this element's own snapshot (a draft, or the browser's restore). Only an Undo
 * and a refused photo's message live there, and neither outlives the page: a restored profile
 * starts with neither.
 */
export const reviveOnePageProfileView = (): OnePageProfileView => ({});

export function isEmptyOnePageProfile(record: WorkingOnePageProfile): boolean {
  const blank = (text: string | undefined) => !text?.trim();
  return (
    blank(record.name) &&
    !record.photo &&
    PROFILE_SECTIONS.every((section) => record[section].every((statement) => blank(statement.text))) &&
    (record.communication ?? []).every((row) => CHART_COLUMNS.every((column) => blank(row[column]))) &&
    blank(record.helpedBy) &&
    blank(record.sharedWith)
  );
}
