import * as z from 'zod/mini';
import { type ExperienceQuestionnaireRecord, experienceQuestionnaire } from '../schemas/experience-questionnaire.js';
import { describeIssue, type RecordIssue, toRecordIssues } from '../schemas/issues.js';
import { migrateRecord } from '../schemas/migrate.js';
import { type OutcomeCaptureRecord, outcomeCapture } from '../schemas/outcome-capture.js';
import type { RecordKind } from '../schemas/record-kind.js';
import { recordKinds } from '../schemas/registry.js';
import { type ClosureRecord, type ReviewCloseRecord, reviewClose } from '../schemas/review-close.js';
import type { InvalidGroup } from './report.js';

/** What the counting needs of a review: never the words of its progress notes. */
export interface ReviewSummary {
  outcomeCaptureId: string;
  at: number;
  changed: number;
  withdrawn: number;
  /** Outcome id → its words from this review on (changed or new). */
  words: [string, string][];
}

interface Kept<T> {
  at: number;
  record: T;
}

const byKind = new Map<string, RecordKind>(Object.values(recordKinds).map((kind) => [kind.kind, kind as RecordKind]));

function summarise(record: Extract<ReviewCloseRecord, { stage: 'review' }>, at: number): ReviewSummary {
  const words: [string, string][] = [];
  let changed = 0;
  let withdrawn = 0;
  for (const review of record.outcomeReviews) {
    if (review.changed) {
      changed++;
      words.push([review.outcomeId, review.newWords!]);
    } else if (review.withdrawn) withdrawn++;
  }
  for (const outcome of record.newOutcomes) words.push([outcome.id, outcome.words]);
  return { outcomeCaptureId: record.outcomeCaptureId, at, changed, withdrawn, words };
}

/**
 * Reads the records once (rules 1 and 2): each value is parsed and migrated; an invalid one is
 * counted by kind and first issue; of the copies of one id, only the latest is kept, so memory
 * grows with the number of records, not of copies. Reviews are kept as a summary.
 */
export class LatestRecords {
  readonly closures = new Map<string, Kept<ClosureRecord | ReviewSummary>>();
  readonly captures = new Map<string, Kept<OutcomeCaptureRecord>>();
  readonly questionnaires = new Map<string, Kept<ExperienceQuestionnaireRecord>>();
  /** Ids of outcome captures with an invalid copy, to say why a closure is unlinked. */
  readonly invalidCaptures = new Set<string>();
  private readonly invalidGroups = new Map<string, InvalidGroup>();

  get invalid(): InvalidGroup[] {
    return [...this.invalidGroups.values()];
  }

  add(value: unknown): void {
    const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    const kindName = typeof object?.kind === 'string' ? object.kind : null;
    if (!object) return this.refuse(null, 'not an object');
    const kind = byKind.get(kindName!);
    if (!kind) return this.refuse(kindName, kindName === null ? 'kind: missing' : 'kind: not a kind this library knows');
    // Validated as safeParseRecord does, but zod's output is kept as it is: a copy already, in
    // which an optional field may still be null. The counting reads such fields as absent.
    const migrated = migrateRecord(value, kind);
    const result = migrated.success ? z.safeParse(kind.schema, migrated.data) : undefined;
    if (!result?.success) {
      if (kind === outcomeCapture && typeof object.id === 'string') this.invalidCaptures.add(object.id);
      const issues = result ? toRecordIssues(result.error.issues) : (migrated as { issues: RecordIssue[] }).issues;
      return this.refuse(kindName, describeIssue(issues[0]));
    }
    const record = result.data as { id: string; recordedAt: string };
    const at = Date.parse(record.recordedAt);
    if (kind === reviewClose) {
      const parsed = record as ReviewCloseRecord;
      keep(this.closures, record.id, at, parsed.stage === 'closure' ? parsed : summarise(parsed, at));
    } else if (kind === outcomeCapture) keep(this.captures, record.id, at, record as OutcomeCaptureRecord);
    else if (kind === experienceQuestionnaire) keep(this.questionnaires, record.id, at, record as ExperienceQuestionnaireRecord);
  }

  private refuse(kind: string | null, issue: string): void {
    const key = `${kind}\n${issue}`;
    const group = this.invalidGroups.get(key);
    if (group) group.count++;
    else this.invalidGroups.set(key, { kind, issue, count: 1 });
  }
}

/** The latest copy wins, compared as instants; on a tie, the later in input order. */
function keep<T>(map: Map<string, Kept<T>>, id: string, at: number, record: T): void {
  const kept = map.get(id);
  if (!kept || at >= kept.at) map.set(id, { at, record });
}
