import type { RecordLocale } from '../schemas/envelope.js';

/** The fields every record starts with (DESIGN: the record envelope). */
export interface RecordEnvelope {
  kind: string;
  version: number;
  id: string;
  caseRef: string;
  subjectRef?: string;
  recordedAt: string;
  recordedBy?: string;
  locale: RecordLocale;
}

/**
 * The host's references, from the element's attributes, each under the name of the record field
 * it fills: those of every record, and any an element adds (the questionnaire's `closureId`).
 */
export interface HostReferences {
  caseRef?: string;
  subjectRef?: string;
  recordedBy?: string;
  [field: string]: string | undefined;
}

/**
 * Puts the host's references into a record being edited: each attribute the host set replaces
 * the record's own. Keys keep their place; an absent key is added.
 */
export function applyHostReferences(record: RecordEnvelope, refs: HostReferences): void {
  const fields = record as unknown as Record<string, unknown>;
  for (const [field, ref] of Object.entries(refs)) if (ref) fields[field] = ref;
}
