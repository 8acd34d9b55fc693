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

/** The host's references, from the element's attributes. */
export interface HostReferences {
  caseRef?: string;
  subjectRef?: string;
  recordedBy?: string;
}

/**
 * Puts the host's references into a record being edited: each attribute the host set replaces
 * the record's own. Keys keep their place; an absent key is added.
 */
export function applyHostReferences(record: RecordEnvelope, refs: HostReferences): void {
  if (refs.caseRef) record.caseRef = refs.caseRef;
  if (refs.subjectRef) record.subjectRef = refs.subjectRef;
  if (refs.recordedBy) record.recordedBy = refs.recordedBy;
}
